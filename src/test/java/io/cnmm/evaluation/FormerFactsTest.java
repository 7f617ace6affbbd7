package io.cnmm.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.testsupport.Examples;
import io.cnmm.testsupport.ShippedModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facts stored in a former encoding read in today's, as model-data's {@code formerly} declarations say. */
class FormerFactsTest {

    private final FormerFacts former = new FormerFacts(ShippedModel.model());

    @Test
    void readsTheZeroThatMeantNoRegularScanAsNever() {
        assertEquals(Map.of("scan_interval_days", "never"), former.current(Map.of("scan_interval_days", 0)));
        assertEquals(Map.of("scan_interval_days", 30), former.current(Map.of("scan_interval_days", 30)));
    }

    @Test
    void leavesAZeroWithNoFormerMeaningToBeRefused() {
        assertEquals(Map.of("pentest_interval_days", 0), former.current(Map.of("pentest_interval_days", 0)));
    }

    @Test
    void convertsDeploysPerWeekToWholeDeploysPerYear() {
        assertEquals(Map.of("deploys_per_year_median", 12L), former.current(Map.of("deploys_per_week_median", 0.23)));
        assertEquals(Map.of("deploys_per_year_median", 2L), former.current(Map.of("deploys_per_week_median", 0.03846)));
        assertEquals(Map.of("deploys_per_year_median", 365L), former.current(Map.of("deploys_per_week_median", 7)));
    }

    @Test
    void convertsMinutesWrittenForSecondsBackToTheSecondsTheyStoodFor() {
        assertEquals(Map.of("startup_p95_seconds", 10L), former.current(Map.of("startup_p95", 0.17)));
        assertEquals(Map.of("app_data_sync_lag_seconds", 1L), former.current(Map.of("app_data_sync_lag", 0.017)));
    }

    @Test
    void leavesFactsInTodaysEncodingExactlyAsStored() {
        Map<String, Object> stored = new LinkedHashMap<>();
        new ObjectMapper().convertValue(Examples.facts("progressing"), Map.class)
                .forEach((key, value) -> stored.put((String) key, value));

        assertEquals(stored, former.current(stored));
    }
}
