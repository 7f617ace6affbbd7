package io.cnmm.report;

import io.cnmm.assessment.AssessmentRecord;
import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.Coverage;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.model.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every level of one assessment, one row each: overall, parts, characteristics, domains, then
 * indicators, in the order of the JSON export. {@code left_out} holds what was not assessed below
 * an aggregate, or the facts an indicator is missing. Every aggregate has its row, the overall one
 * too when it is not assessed, with the indicators it rests on out of the model's beside its level
 * ({@code indicators_assessed}, {@code indicators_in_model}; a characteristic counts its members).
 */
final class LevelsCsv {

    static final List<String> HEADER = List.of("assessment_id", "assessment_digest", "scope", "id", "parent",
            "name_en", "name_zh", "level", "level_name_en", "level_name_zh", "aggregation", "inputs", "left_out",
            "indicators_assessed", "indicators_in_model");

    private LevelsCsv() {
    }

    static String write(ReportSource source) {
        AssessmentRecord assessment = source.assessment();
        ModelNames names = new ModelNames(source.model());
        String digest = source.seal() == null ? "" : source.seal().digest;
        Csv csv = new Csv().row(HEADER);
        Coverage coverage = Coverage.of(assessment.indicators());
        Stream.of(Stream.of(AggregateResult.overallOf(assessment.overall(), assessment.parts())), assessment.parts().stream(),
                        assessment.characteristics().stream(), assessment.domains().stream()).flatMap(s -> s)
                .forEach(aggregate -> csv.row(aggregate(assessment, digest, aggregate, names, coverage.of(aggregate))));
        assessment.indicators().forEach(indicator -> csv.row(indicator(assessment, digest, indicator, names)));
        return csv.toString();
    }

    private static List<Object> aggregate(AssessmentRecord assessment, String digest, AggregateResult a, ModelNames names,
                                          Coverage.Share share) {
        String inputs = a.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return row(assessment, digest, a.scope(), a.id(), a.parent(), names.of(a.id()), a.level(), names,
                a.aggregation(), inputs, String.join(" ", a.notAssessed()), share == null ? null : share.assessed(),
                share == null ? null : share.of());
    }

    private static List<Object> indicator(AssessmentRecord assessment, String digest, IndicatorResult i, ModelNames names) {
        return row(assessment, digest, "indicator", i.id(), i.domain(), names.of(i.id()), i.level(), names, null, null,
                String.join(" ", i.missingFacts()), null, null);
    }

    private static List<Object> row(AssessmentRecord assessment, String digest, String scope, String id, String parent,
                                    Text name, Integer level, ModelNames names, Object... rest) {
        Text levelName = names.level(level);
        List<Object> row = new ArrayList<>(List.of(assessment.id(), digest, scope, id));
        row.addAll(Arrays.asList(parent, name.en(), name.zh(), level,
                levelName == null ? null : levelName.en(), levelName == null ? null : levelName.zh()));
        row.addAll(Arrays.asList(rest));
        return row;
    }
}
