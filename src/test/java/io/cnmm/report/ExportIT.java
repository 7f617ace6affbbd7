package io.cnmm.report;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The exports again, on the packaged application: the PDF renderer and its SVG support as users run them. */
@QuarkusIntegrationTest
class ExportIT extends ExportsTest {
}
