package io.cnmm.report;

import java.util.List;

/**
 * What the HTML report (and so the PDF) shows, every text already worded and every name already
 * in the chosen languages, so the template only lays it out. Qute escapes each value.
 *
 * @param comparison {@code null} unless the report was asked to compare with another assessment
 * @param seal       {@code null} for an assessment stored without one
 */
public record ReportPage(String enterprise, String industry, String assessmentId, String assessedAt, String milestone,
                         String modelVersion, String rulesetVersion, String rulesetDigest, Level overall,
                         List<PartSection> parts, List<Advice> advice, Comparison comparison, Seal seal,
                         String languageNote) {

    /**
     * A level of any scope with its justification and the share of the model it rests on.
     *
     * @param coverage "12 of 44 indicators assessed" (members, for a characteristic)
     * @param partial  whether some of those indicators were not assessed
     */
    public record Level(String id, String name, String level, String why, String coverage, boolean partial) {
    }

    /** One part: its level, its radar chart (SVG), its domains or characteristics, and its indicators by domain. */
    public record PartSection(String id, String name, Level level, String chart, String axesAre, List<Level> axes,
                              List<Level> domains, List<DomainSection> indicatorsByDomain) {
    }

    public record DomainSection(String id, String name, String level, String coverage, List<Indicator> indicators) {
    }

    /** @param notHigher why not one level higher, or {@code null} */
    public record Indicator(String id, String name, String level, boolean provisional, String because, String notHigher) {
    }

    /**
     * @param textZh {@code null} when the report shows English only
     * @param effect what the step would raise; {@code null} for advice stored before effects were computed
     */
    public record Advice(int rank, String indicator, String name, String step, String effect, String text, String textZh,
                         String reason) {
    }

    public record Comparison(String otherId, String otherAssessedAt, String otherMilestone, String overallThere,
                             String overallHere, int changedIndicators, List<Change> changes) {
    }

    /** @param criteria each criterion whose outcome changed, as "met there, not here: '…'" */
    public record Change(String indicator, String name, String levelThere, String levelHere, List<String> criteria) {
    }

    public record Seal(long position, String digest, String previousDigest, String signature, String keyId,
                       String sealedAt) {
    }
}
