package io.cnmm.observability;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Progress of the running re-scorings, read from the database when scraped: every replica works on
 * them and records progress there, so every replica reports the same figures.
 * {@code cnmm.rescoring.running} (how many run), {@code cnmm.rescoring.assessments} with
 * {@code count=total} (in their scope) and {@code count=processed} (done so far). Without the
 * database the gauges read NaN rather than an old figure.
 */
@ApplicationScoped
public class RescoringMetrics {

    private static final String RUNNING = "select count(*), coalesce(sum(total), 0), coalesce(sum(processed), 0)"
            + " from rescoring where status = 'running'";

    @Inject
    MeterRegistry registry;
    @Inject
    AgroalDataSource dataSource;

    void register(@Observes StartupEvent event) {
        Gauge.builder("cnmm.rescoring.running", () -> running(1))
                .description("Re-scorings running on any replica").register(registry);
        Gauge.builder("cnmm.rescoring.assessments", () -> running(2)).tag("count", "total")
                .description("Assessments in the scope of the running re-scorings").register(registry);
        Gauge.builder("cnmm.rescoring.assessments", () -> running(3)).tag("count", "processed")
                .description("Assessments of the running re-scorings processed so far").register(registry);
    }

    private double running(int column) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(RUNNING)) {
            row.next();
            return row.getLong(column);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
