package io.cnmm.publishing;

import java.time.Instant;

/** A published version as the API lists it; the bundle itself is at {@code /api/rulesets/{digest}/bundle}. */
public record VersionView(String digest, String rulesetDigest, String modelVersion, int ruleCount, int indicatorCount,
                          String author, String message, Instant publishedAt, String scenarios, boolean active) {

    static VersionView of(RulesetVersion version, String activeDigest) {
        return new VersionView(version.digest, version.rulesetDigest, version.modelVersion, version.ruleCount,
                version.indicatorCount, version.author, version.message, version.publishedAt, version.scenarios,
                version.digest.equals(activeDigest));
    }
}
