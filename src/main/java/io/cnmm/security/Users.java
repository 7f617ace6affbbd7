package io.cnmm.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.Optional;

/** The stored users. */
@ApplicationScoped
public class Users implements PanacheRepositoryBase<UserAccount, String> {

    /** Also called while signing in, on a worker thread that has no request context of its own yet. */
    @ActivateRequestContext
    public Optional<UserAccount> named(String username) {
        return findByIdOptional(username);
    }

    public List<UserAccount> listByName() {
        return list("order by username");
    }

    /** Any fixed number, distinct from the other advisory locks; held until the transaction ends. */
    static final long ADMINISTRATORS_LOCK = 0x636e6d6d_55534552L;

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public void lockAdministrators() {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, ADMINISTRATORS_LOCK).getSingleResult();
    }

    public long countAdmins() {
        return listAll().stream().filter(user -> user.roleList().contains(Role.ADMIN)).count(); // a handful of users
    }
}
