package io.cnmm.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelLoader;
import io.cnmm.testsupport.ShippedModel;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Submitted numbers are judged as the decimals written, never as a rounded double. */
class FactParserTest {

    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static MaturityModel model;

    @BeforeAll
    static void loadModel() {
        model = new ModelLoader(ShippedModel.MODEL_DATA).load();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            containerized_pct   | 24.99999999999999999  | 17 digits after the decimal point, a percent fact allows at most 3
            containerized_pct   | 100.00000000000000001 | 17 digits after the decimal point
            containerized_pct   | 100.001               | must be at most 100 %
            lead_time_median    | 1440.000001           | 6 digits after the decimal point, a duration fact allows at most 4
            lead_time_median    | 123456789012345.5     | 16 significant digits
            """)
    void refusesMoreDigitsThanTheFactAllowsNamingTheFactAndTheLimit(String key, String number, String says) throws Exception {
        assertThatThrownBy(() -> new FactParser(model).parse(facts(key, number)))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("facts." + key);
                            assertThat(error.reason()).contains(says);
                        }));
    }

    @Test
    void acceptsTheDigitsTheRulesUse() throws Exception {
        SubmittedFacts parsed = new FactParser(model).parse(facts("containerized_pct", "99.999"));
        assertThat(parsed.values()).containsEntry("containerized_pct", 99.999);
    }

    @Test
    void storedFactsReplayAsTheyWereStoredEvenPastTodaysDigits() throws Exception {
        SubmittedFacts parsed = FactParser.forStored(model).parse(facts("containerized_pct", "33.333333333333336"));
        assertThat(parsed.values()).containsEntry("containerized_pct", 33.333333333333336);
    }

    private static Map<String, JsonNode> facts(String key, String number) throws Exception {
        return Map.of(key, EXACT.readTree(number));
    }
}
