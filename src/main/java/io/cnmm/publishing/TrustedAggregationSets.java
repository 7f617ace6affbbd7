package io.cnmm.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The aggregation rule sets every installation of this service has had (table {@code trusted_aggregation}). */
@ApplicationScoped
public class TrustedAggregationSets {

    @Inject
    EntityManager entityManager;

    /** Records an installation's set; a set recorded before keeps its first sighting. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String digest, String seenIn) {
        entityManager.createNativeQuery("insert into trusted_aggregation (digest, first_seen, seen_in) values (?1, ?2, ?3) "
                        + "on conflict (digest) do nothing")
                .setParameter(1, digest).setParameter(2, Instant.now()).setParameter(3, seenIn).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<String> digests() {
        return entityManager.createNativeQuery("select digest from trusted_aggregation order by digest").getResultList();
    }
}
