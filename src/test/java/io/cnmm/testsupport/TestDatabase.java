package io.cnmm.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest and @QuarkusIntegrationTest runs against {@link PostgresResource}. */
@QuarkusTestResource(PostgresResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
