package io.cnmm.report;

import io.cnmm.assessment.AssessmentRecord;
import io.cnmm.audit.AssessmentSeal;
import io.cnmm.enterprise.EnterpriseView;
import io.cnmm.model.MaturityModel;

/**
 * Everything every export of one assessment is made from, read once: the assessment as stored,
 * its seal, its enterprise, its milestone name, and the model it was evaluated with (for names).
 * One source for all formats is what makes them agree.
 *
 * @param seal      {@code null} for an assessment stored without one
 * @param milestone {@code null} unless it was named as a milestone
 */
record ReportSource(AssessmentRecord assessment, AssessmentSeal seal, EnterpriseView enterprise, String milestone,
                    MaturityModel model) {
}
