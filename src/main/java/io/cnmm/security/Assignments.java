package io.cnmm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which enterprises each user may see, by user name: a stored user's or an OpenID Connect
 * provider's, so both kinds are assigned the same way.
 */
@ApplicationScoped
public class Assignments {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Visibility of(String username) {
        boolean every = !entityManager.createNativeQuery("select 1 from enterprise_wide_access where username = ?1")
                .setParameter(1, username).getResultList().isEmpty();
        if (every) {
            return Visibility.EVERY;
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery(
                        "select enterprise_id from enterprise_assignment where username = ?1", UUID.class)
                .setParameter(1, username).getResultList();
        return Visibility.only(new HashSet<>(ids));
    }

    /** Replaces a user's assignments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String username, Collection<UUID> enterprises, boolean everyEnterprise) {
        remove(username);
        for (UUID enterprise : Set.copyOf(enterprises)) {
            add(username, enterprise);
        }
        if (everyEnterprise) {
            entityManager.createNativeQuery("insert into enterprise_wide_access (username) values (?1)")
                    .setParameter(1, username).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String username, UUID enterprise) {
        entityManager.createNativeQuery("insert into enterprise_assignment (username, enterprise_id) values (?1, ?2) "
                        + "on conflict do nothing")
                .setParameter(1, username).setParameter(2, enterprise).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(String username) {
        entityManager.createNativeQuery("delete from enterprise_assignment where username = ?1")
                .setParameter(1, username).executeUpdate();
        entityManager.createNativeQuery("delete from enterprise_wide_access where username = ?1")
                .setParameter(1, username).executeUpdate();
    }
}
