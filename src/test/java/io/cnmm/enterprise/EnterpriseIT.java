package io.cnmm.enterprise;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class EnterpriseIT extends EnterpriseResourceTest {
}
