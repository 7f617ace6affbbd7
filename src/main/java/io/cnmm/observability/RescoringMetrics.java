package io.cnmm.observability;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Progress of the running re-scorings, as the database holds it: every replica works on them and
 * records progress there, so every replica reports the same figures. {@code cnmm.rescoring.running}
 * (how many run), {@code cnmm.rescoring.assessments} with {@code count=total} (in their scope) and
 * {@code count=processed} (done so far). Read by one query every {@code cnmm.metrics.rescoring-refresh},
 * not per scrape: a scrape (which needs no user) never waits for the database, also not in an outage,
 * when the gauges read NaN rather than an old figure.
 */
@ApplicationScoped
public class RescoringMetrics {

    private static final String RUNNING = "select count(*), coalesce(sum(total), 0), coalesce(sum(processed), 0)"
            + " from rescoring where status = 'running'";

    @Inject
    MeterRegistry registry;
    @Inject
    AgroalDataSource dataSource;

    private static final double[] UNKNOWN = {Double.NaN, Double.NaN, Double.NaN};

    private volatile double[] running = UNKNOWN;

    void register(@Observes StartupEvent event) {
        refresh();
        Gauge.builder("cnmm.rescoring.running", () -> running[0])
                .description("Re-scorings running on any replica").register(registry);
        Gauge.builder("cnmm.rescoring.assessments", () -> running[1]).tag("count", "total")
                .description("Assessments in the scope of the running re-scorings").register(registry);
        Gauge.builder("cnmm.rescoring.assessments", () -> running[2]).tag("count", "processed")
                .description("Assessments of the running re-scorings processed so far").register(registry);
    }

    /** Reads the figures again; synchronized, so a slower earlier read never overwrites a newer one. */
    @Scheduled(every = "${cnmm.metrics.rescoring-refresh:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void refresh() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(RUNNING)) {
            row.next();
            running = new double[] {row.getLong(1), row.getLong(2), row.getLong(3)};
        } catch (SQLException e) {
            running = UNKNOWN;
        }
    }
}
