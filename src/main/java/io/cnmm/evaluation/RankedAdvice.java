package io.cnmm.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cnmm.model.Text;

/**
 * The advice for one indicator's next step, in the order to act on it.
 *
 * @param provisional true when the indicator is a CNMM Assess placeholder for an unpublished CAICT item
 * @param reason      why it ranks where it does, for the reader
 * @param effect      what the step would raise; {@code null} (and left out of the JSON, so that their sealed
 *                    form is unchanged) in assessments stored before effects were computed
 */
public record RankedAdvice(int rank, String indicator, String domain, boolean provisional, int fromLevel, int toLevel,
                           Text text, String reason, @JsonInclude(JsonInclude.Include.NON_NULL) AdviceEffect effect) {
}
