package io.cnmm.testsupport;

import io.cnmm.evaluation.RuleSources;
import io.cnmm.evaluation.TrustedAggregation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Files as an earlier release shipped them, byte for byte, for versions published before a change
 * of the aggregation rules or of a fact's encoding: such versions stay in the database and must
 * still replay.
 */
public final class EarlierShipped {

    private static final Path AGGREGATION = Path.of("src/test/resources/aggregation-before-coverage");
    /** T-RD-04 and T-RD-05 counting deploys per week, as the earlier aggregation scenarios read them. */
    private static final Path DEPLOYS_PER_WEEK = Path.of("src/test/resources/deploys-per-week-before-units");

    private EarlierShipped() {
    }

    /**
     * The aggregation rules shipped before parts and the overall level needed every input assessed,
     * with the deploy-frequency indicators their scenarios read; {@code root} is the workspace's top.
     */
    public static void aggregationBeforeCoverage(Workspace workspace, Path root) {
        try (Stream<Path> files = Files.list(AGGREGATION)) {
            files.forEach(file -> workspace.write(workspace.rules().resolve("aggregation").resolve(file.getFileName()), bytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.walk(DEPLOYS_PER_WEEK)) {
            files.filter(Files::isRegularFile).forEach(file -> workspace.write(
                    root.resolve(DEPLOYS_PER_WEEK.relativize(file).toString()), bytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trusts the workspace's aggregation rules as the installation that shipped them recorded them. */
    public static void trustAggregation(EntityManager entityManager, Workspace workspace, String seenIn) {
        String digest = TrustedAggregation.digest(RuleSources.read(workspace.rules()));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into trusted_aggregation"
                        + " (digest, first_seen, seen_in) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, digest).setParameter(2, Instant.now()).setParameter(3, seenIn).executeUpdate());
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
