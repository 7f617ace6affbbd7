package io.cnmm.report;

import io.cnmm.audit.AssessmentSeal;
import io.cnmm.audit.CanonicalJson;
import io.cnmm.audit.Ed25519;
import io.cnmm.audit.ExportVerifier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON export: the assessment exactly as sealed, with its seal, so that it can be verified
 * offline (ExportVerifier, docs/audit.md). Written in canonical form, so the same stored
 * assessment always gives the same bytes. Only {@code assessment} is covered by the digest; the
 * enterprise's name and the milestone are labels that may change without touching the evidence.
 */
final class JsonExport {

    private JsonExport() {
    }

    static String write(ReportSource source) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", ExportVerifier.EXPORT_FORMAT);
        export.put("assessment", source.assessment());
        export.put("seal", source.seal() == null ? null : seal(source.seal()));
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("id", source.enterprise().id().toString());
        enterprise.put("name", source.enterprise().name());
        enterprise.put("industry", source.enterprise().industry());
        export.put("enterprise", enterprise);
        export.put("milestone", source.milestone());
        return CanonicalJson.write(export);
    }

    private static Map<String, Object> seal(AssessmentSeal seal) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algorithm", Ed25519.ALGORITHM);
        out.put("digest", seal.digest);
        out.put("previousDigest", seal.previousDigest);
        out.put("signature", seal.signature);
        out.put("keyId", seal.keyId);
        out.put("position", seal.position);
        out.put("sealedAt", seal.sealedAt.toString());
        return out;
    }
}
