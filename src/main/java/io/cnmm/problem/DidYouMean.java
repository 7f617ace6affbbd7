package io.cnmm.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The nearest known name to a misspelt one, for messages that say "did you mean ...?". */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The known name closest to {@code typed}, when it is close enough to be a slip: at most 2 edits,
     * and fewer than a third of the name (so "ned" finds "end", but "abc" does not find "xyz").
     */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        int limit = Math.max(1, Math.min(2, typed.length() / 3 + 1));
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        return known.stream().filter(name -> !name.equals(typed))
                .filter(name -> distance.apply(typed, name) >= 0)
                .min(Comparator.comparingInt((String name) -> distance.apply(typed, name)).thenComparing(name -> name));
    }

    /** {@code "; did you mean \"containerized_pct\"?"}, or nothing. */
    public static String hint(String typed, Collection<String> known) {
        return nearest(typed, known).map(name -> "; did you mean \"" + name + "\"?").orElse("");
    }
}
