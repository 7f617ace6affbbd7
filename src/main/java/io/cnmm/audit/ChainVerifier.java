package io.cnmm.audit;

import io.cnmm.assessment.AssessmentRecords;
import io.cnmm.audit.ChainVerification.BrokenRecord;
import io.cnmm.problem.NotFoundProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Verifies stored evidence from the rows themselves: each assessment's digest is recomputed from
 * its stored rows, never taken from the seal. The chain is read in batches, each assessment in its
 * own short transaction, so verifying a long chain needs little memory.
 */
@ApplicationScoped
public class ChainVerifier {

    static final int MAX_REPORTED = 100;
    private static final int BATCH = 200;

    @Inject
    AssessmentChain chain;
    @Inject
    AssessmentRecords records;
    @Inject
    SigningKeys keys;

    public AssessmentVerification verify(UUID assessmentId) {
        AssessmentSeal seal = QuarkusTransaction.requiringNew().call(() -> chain.sealOf(assessmentId)).orElse(null);
        String recomputed = records.find(assessmentId).map(CanonicalJson::digest).orElse(null);
        if (seal == null) {
            if (recomputed == null) {
                throw new NotFoundProblem("assessment", assessmentId);
            }
            return new AssessmentVerification(assessmentId, false, null, null, recomputed, null, null, false, false,
                    false, List.of("it was stored without a seal"));
        }
        String expectedPrevious = seal.position == 1 ? null : QuarkusTransaction.requiringNew()
                .call(() -> chain.at(seal.position - 1)).map(before -> before.digest).orElse(null);
        SealCheck check = new SealCheck(seal, recomputed, expectedPrevious, keys.publicKey(seal.keyId).orElse(null));
        List<String> problems = check.problems();
        return new AssessmentVerification(assessmentId, problems.isEmpty(), seal.position, seal.digest, recomputed,
                seal.previousDigest, seal.keyId, check.digestMatches(), check.linked(), check.signatureValid(), problems);
    }

    /** Every sealed assessment in chain order, and any assessment stored without a seal. */
    public ChainVerification verifyAssessments() {
        List<BrokenRecord> broken = new ArrayList<>();
        Map<String, PublicKey> keysById = new HashMap<>();
        long checked = 0;
        long position = 0;
        String previousDigest = null;
        for (List<AssessmentSeal> batch = batchAfter(0); !batch.isEmpty(); batch = batchAfter(position)) {
            for (AssessmentSeal seal : batch) {
                String expectedPrevious = seal.position == position + 1 ? previousDigest : null;
                String recomputed = records.find(seal.assessmentId).map(CanonicalJson::digest).orElse(null);
                PublicKey key = keysById.computeIfAbsent(seal.keyId, id -> keys.publicKey(id).orElse(null));
                List<String> problems = new SealCheck(seal, recomputed, expectedPrevious, key).problems();
                if (!problems.isEmpty() && broken.size() < MAX_REPORTED) {
                    broken.add(new BrokenRecord(seal.position, "assessment/" + seal.assessmentId, problems));
                }
                position = seal.position;
                previousDigest = seal.digest;
                checked++;
            }
        }
        List<String> unsealed = records.unsealed(MAX_REPORTED).stream().map(id -> "assessment/" + id).toList();
        return new ChainVerification("assessments", checked, broken.isEmpty() && unsealed.isEmpty(),
                broken.isEmpty() ? null : broken.get(0), broken, unsealed);
    }

    private List<AssessmentSeal> batchAfter(long position) {
        return QuarkusTransaction.requiringNew().call(() -> chain.after(position, BATCH));
    }
}
