package io.cnmm.testsupport;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL the service sends while a test asks for it, so a test can compare the work two requests
 * cause by what they ask the database rather than by how long they take, which depends on the machine.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class RecordedStatements implements StatementInspector {

    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            RECORDED.add(sql);
        }
        return sql;
    }

    /** Every statement sent on any thread while {@code action} runs, in order; the tests run one at a time. */
    public static List<String> during(Runnable action) {
        RECORDED.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        return List.copyOf(RECORDED);
    }
}
