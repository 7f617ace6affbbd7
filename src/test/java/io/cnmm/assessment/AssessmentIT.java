package io.cnmm.assessment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The assessment HTTP contract again, on the packaged application started as users start it. */
@QuarkusIntegrationTest
class AssessmentIT extends AssessmentResourceTest {
}
