package io.cnmm.publishing;

import io.cnmm.CnmmConfig;
import io.cnmm.authoring.Installation;
import io.cnmm.evaluation.EvaluationLimits;
import io.cnmm.evaluation.TrustedAggregation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * This server's {@link Installation}: the aggregation rules and schemas of its rules and
 * model-data folders, read once, and the limits of its configuration. Besides the installation's
 * own aggregation rules it trusts every set an installation of this service has had (each replica
 * records its own when it starts: {@link TrustedAggregationSets}), so that an upgrade of those files
 * leaves earlier versions replayable, and the sets the configuration names. Every ruleset that does
 * not come from the folders themselves (an upload, a stored version) is checked and compiled with
 * it. In development, where the folders are followed, they are read afresh each time.
 */
@ApplicationScoped
public class ServerInstallation {

    private static final Logger LOG = Logger.getLogger(ServerInstallation.class);

    @Inject
    CnmmConfig config;
    @Inject
    TrustedAggregationSets earlierSets;

    private volatile Installation installation;

    public Installation get() {
        Installation folders = installation;
        if (folders == null || config.rules().followFolder()) {
            folders = ofFolders();
            earlierSets.record(folders.aggregation().installedDigest(), config.rulesDir().toAbsolutePath()
                    .resolve(TrustedAggregation.FOLDER).toString());
            if (installation == null) {
                LOG.infof("Aggregation rules of the installation (%s): %s", config.rulesDir().resolve(TrustedAggregation.FOLDER),
                        folders.aggregation().installedDigest());
            }
            installation = folders;
        }
        List<String> alsoTrusted = new java.util.ArrayList<>(earlierSets.digests()); // read each time: other replicas record too
        alsoTrusted.addAll(config.rules().trustedAggregation().orElse(List.of()));
        return new Installation(folders.aggregation().andDigests(alsoTrusted), folders.schemas(), folders.limits());
    }

    /** The installation as the folders hold it now: what the development reload checks with. */
    Installation ofFolders() {
        Installation folders = Installation.of(config.rulesDir(), config.modelDataDir());
        CnmmConfig.Evaluation limits = config.evaluation();
        return new Installation(folders.aggregation(), folders.schemas(),
                new EvaluationLimits(limits.maxFirings(), limits.deadline(), limits.scenarioDeadline()));
    }
}
