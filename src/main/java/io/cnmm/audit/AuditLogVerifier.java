package io.cnmm.audit;

import io.cnmm.audit.ChainVerification.BrokenRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Recomputes every audit record's hash and checks that each names the hash of the one before it. */
@ApplicationScoped
public class AuditLogVerifier {

    private static final int BATCH = 500;

    @Inject
    AuditLog log;

    public ChainVerification verify() {
        List<BrokenRecord> broken = new ArrayList<>();
        long checked = 0;
        long lastId = 0;
        String lastHash = null;
        for (List<AuditRecord> batch = batchAfter(0); !batch.isEmpty(); batch = batchAfter(lastId)) {
            for (AuditRecord record : batch) {
                List<String> problems = problems(record, lastId, lastHash);
                if (!problems.isEmpty() && broken.size() < ChainVerifier.MAX_REPORTED) {
                    broken.add(new BrokenRecord(record.id, "audit-log/" + record.id, problems));
                }
                lastId = record.id;
                lastHash = record.hash;
                checked++;
            }
        }
        return new ChainVerification("audit-log", checked, broken.isEmpty(), broken.isEmpty() ? null : broken.get(0),
                broken, List.of());
    }

    private static List<String> problems(AuditRecord record, long previousId, String previousHash) {
        List<String> problems = new ArrayList<>();
        if (record.id != previousId + 1) {
            problems.add("records " + (previousId + 1) + " to " + (record.id - 1) + " are missing");
        } else if (!Objects.equals(record.previousHash, previousHash)) {
            problems.add("it names " + record.previousHash + " as the previous hash, record " + previousId + " has " + previousHash);
        }
        if (!record.hash.equals(record.expectedHash())) {
            problems.add("its content no longer matches its hash: stored " + record.hash + ", recomputed " + record.expectedHash());
        }
        return problems;
    }

    private List<AuditRecord> batchAfter(long id) {
        return QuarkusTransaction.requiringNew().call(() -> log.after(id, BATCH));
    }
}
