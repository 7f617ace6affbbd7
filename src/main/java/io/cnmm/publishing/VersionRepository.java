package io.cnmm.publishing;

import io.cnmm.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class VersionRepository implements PanacheRepositoryBase<RulesetVersion, String> {

    /** The shortest digest prefix accepted, as with git: long enough to be unambiguous in practice. */
    static final int MIN_PREFIX = 7;

    /** A version's bundle zip; it is loaded lazily, so read it inside a transaction. */
    @jakarta.transaction.Transactional
    public byte[] content(String digest) {
        return findById(digest).content;
    }

    public List<RulesetVersion> newestFirst() {
        return listAll(Sort.descending("publishedAt").and("digest"));
    }

    /**
     * A version by its full digest ({@code sha256:9f2c…}) or a unique prefix of its hex part
     * ({@code 9f2c41a}), the way people copy it from a listing.
     */
    public RulesetVersion resolve(String ref) {
        String hex = ref.toLowerCase(Locale.ROOT).replaceFirst("^sha256:", "");
        if (hex.length() < MIN_PREFIX || !hex.matches("[0-9a-f]+")) {
            throw new NotFoundProblem("ruleset version", ref + " (give its digest or at least "
                    + MIN_PREFIX + " of its hex digits)");
        }
        List<RulesetVersion> matches = list("digest like ?1", "sha256:" + hex + "%");
        if (matches.size() != 1) {
            throw new NotFoundProblem("ruleset version", matches.isEmpty() ? ref : ref + " (ambiguous: "
                    + matches.size() + " versions start so)");
        }
        return matches.get(0);
    }
}
