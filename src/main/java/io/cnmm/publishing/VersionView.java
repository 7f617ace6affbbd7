package io.cnmm.publishing;

import java.time.Instant;

/**
 * A published version as the API lists it; the bundle itself is at {@code /api/rulesets/{digest}/bundle}.
 *
 * @param warnings in the answer to a publication only (else null): what validation found worth fixing
 *                 that does not stop the version, such as advice that leaves out a threshold of its level
 */
public record VersionView(String digest, String rulesetDigest, String modelVersion, int ruleCount, int indicatorCount,
                          String author, String message, Instant publishedAt, String scenarios, boolean active,
                          java.util.List<String> warnings) {

    static VersionView of(RulesetVersion version, String activeDigest) {
        return of(version, activeDigest, null);
    }

    static VersionView of(RulesetVersion version, String activeDigest, java.util.List<String> warnings) {
        return new VersionView(version.digest, version.rulesetDigest, version.modelVersion, version.ruleCount,
                version.indicatorCount, version.author, version.message, version.publishedAt, version.scenarios,
                version.digest.equals(activeDigest), warnings);
    }
}
