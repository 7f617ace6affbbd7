package io.cnmm.rescoring;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** This process takes no re-scoring batches itself: the tests' own stand-in replicas do all the work. */
public class NoLocalRescoringWorker implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cnmm.rescoring.workers", "0");
    }
}
