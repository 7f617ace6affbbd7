package io.cnmm.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How much of the model a result's levels rest on: indicators assessed out of the model's, overall,
 * per part and per domain. Counted from the indicator results alone (every result lists every
 * indicator of its model, assessed or not), so that it can be shown beside the levels of any
 * stored result, however old, without storing anything new.
 *
 * @param parts   by part id, in model order
 * @param domains by domain id, in model order
 */
public record Coverage(Share overall, Map<String, Share> parts, Map<String, Share> domains) {

    /** {@code assessed} indicators out of {@code of}. */
    public record Share(int assessed, int of) {

        /** "12 of 44 indicators assessed" */
        public String words() {
            return assessed + " of " + of + " indicators assessed";
        }
    }

    /** Indicators of one domain: how many were assessed, of how many. */
    public record Tally(String part, String domain, int assessed, int of) {
    }

    public static Coverage of(List<IndicatorResult> indicators) {
        return ofTallies(indicators.stream()
                .map(i -> new Tally(i.part(), i.domain(), i.assessed() ? 1 : 0, 1)).toList());
    }

    /**
     * The indicators an aggregate rests on: the overall's, its part's or its domain's; for a
     * characteristic, its member process domains. {@code null} for an id this result does not have.
     */
    public Share of(AggregateResult aggregate) {
        return switch (aggregate.scope()) {
            case "overall" -> overall;
            case "part" -> parts.get(aggregate.id());
            case "domain" -> domains.get(aggregate.id());
            default -> new Share(aggregate.inputs().size(), aggregate.inputs().size() + aggregate.notAssessed().size());
        };
    }

    /** @param tallies in model order (any grouping: they are added up) */
    public static Coverage ofTallies(List<Tally> tallies) {
        return new Coverage(new Share(tallies.stream().mapToInt(Tally::assessed).sum(), tallies.stream().mapToInt(Tally::of).sum()),
                by(tallies, Tally::part), by(tallies, Tally::domain));
    }

    private static Map<String, Share> by(List<Tally> tallies, Function<Tally, String> key) {
        Map<String, Share> shares = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            Share was = shares.getOrDefault(key.apply(tally), new Share(0, 0));
            shares.put(key.apply(tally), new Share(was.assessed() + tally.assessed(), was.of() + tally.of()));
        }
        return shares;
    }
}
