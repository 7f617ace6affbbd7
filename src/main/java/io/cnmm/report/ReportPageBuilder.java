package io.cnmm.report;

import io.cnmm.assessment.AssessmentComparison;
import io.cnmm.assessment.AssessmentRecord;
import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.Coverage;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.ReaderTrace;
import io.cnmm.evaluation.TraceEntry;
import io.cnmm.model.Part;
import io.cnmm.report.ReportPage.DomainSection;
import io.cnmm.report.ReportPage.Level;
import io.cnmm.report.ReportPage.PartSection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the stored assessment into the report's words, names and charts. */
final class ReportPageBuilder {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ReportSource source;
    private final AssessmentRecord assessment;
    private final ModelNames names;
    private final Labels labels;
    private final Justification justification;
    private final Map<String, AggregateResult> aggregates;
    private final Coverage coverage;
    private final List<TraceEntry> trace;

    ReportPageBuilder(ReportSource source, boolean bilingual) {
        this.source = source;
        this.assessment = source.assessment();
        this.names = new ModelNames(source.model());
        this.labels = new Labels(names, bilingual);
        this.justification = new Justification(names);
        this.aggregates = Stream.of(assessment.parts(), assessment.characteristics(), assessment.domains())
                .flatMap(List::stream).collect(Collectors.toMap(AggregateResult::id, Function.identity(), (a, b) -> a));
        this.coverage = Coverage.of(assessment.indicators());
        this.trace = ReaderTrace.of(assessment.trace(), assessment.indicators());
    }

    ReportPage build(ReportSource other, AssessmentComparison comparison) {
        return new ReportPage(source.enterprise().name(), source.enterprise().industry(), assessment.id().toString(),
                when(assessment.createdAt()), source.milestone(), assessment.modelVersion(), assessment.rulesetVersion(),
                assessment.rulesetDigest(),
                level(AggregateResult.overallOf(assessment.overall(), assessment.parts()), "overall", "parts"),
                names.model().parts().stream().map(this::part).toList(),
                assessment.advice().stream().map(labels::advice).toList(),
                other == null ? null : ComparisonSection.of(other, comparison, labels, when(other.assessment().createdAt())),
                SealSection.of(source.seal()), labels.bilingual() ? null
                : "Chinese names are left out of this PDF: no font with Chinese glyphs is configured (cnmm.report.pdf-cjk-font).");
    }

    private PartSection part(Part part) {
        AggregateResult stored = aggregates.get(part.id());
        boolean fromCharacteristics = part.levelFromCharacteristics();
        List<String> axisIds = fromCharacteristics ? part.characteristics().stream().map(c -> c.id()).toList()
                : part.domains().stream().map(d -> d.id()).toList();
        List<Level> axes = axisIds.stream().map(id -> level(aggregates.get(id), id,
                fromCharacteristics ? "member process domains" : "indicators")).toList();
        List<RadarChart.Axis> chartAxes = axisIds.stream().map(id -> new RadarChart.Axis(labels.lines(id),
                aggregates.get(id) == null ? null : aggregates.get(id).level())).toList();
        List<Level> domains = fromCharacteristics
                ? part.domains().stream().map(d -> level(aggregates.get(d.id()), d.id(), "indicators")).toList() : List.of();
        List<DomainSection> indicators = part.domains().stream().map(d -> new DomainSection(d.id(), labels.name(d.id()),
                labels.level(aggregates.get(d.id()) == null ? null : aggregates.get(d.id()).level()),
                words(coverage.domains().get(d.id())), assessment.indicators().stream().filter(i -> d.id().equals(i.domain())).map(this::indicator).toList())).toList();
        return new PartSection(part.id(), labels.name(part.id()),
                level(stored, part.id(), fromCharacteristics ? "characteristics" : "domains"),
                RadarChart.svg(labels.name(part.id()), chartAxes, names.model().topLevel()),
                fromCharacteristics ? "Characteristics" : "Domains", axes, domains, indicators);
    }

    private ReportPage.Indicator indicator(IndicatorResult indicator) {
        return new ReportPage.Indicator(indicator.id(), labels.name(indicator.id()), labels.level(indicator.level()),
                indicator.provisional(), justification.because(indicator, trace),
                justification.notHigher(indicator));
    }

    private Level level(AggregateResult aggregate, String id, String inputsAre) {
        if (aggregate == null) {
            return new Level(id, labels.name(id), labels.level(null), "Not part of this assessment.", null, false);
        }
        Coverage.Share share = coverage.of(aggregate);
        return new Level(id, labels.name(id), labels.level(aggregate.level()),
                AggregateJustification.of(aggregate, inputsAre, trace), words(share),
                share != null && share.assessed() < share.of());
    }

    private static String words(Coverage.Share share) {
        return share == null ? null : share.words();
    }

    static String when(String isoInstant) {
        return WHEN.format(Instant.parse(isoInstant));
    }
}
