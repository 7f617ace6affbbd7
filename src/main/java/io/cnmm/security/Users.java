package io.cnmm.security;

import io.cnmm.database.TransactionLock;
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

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public void lockAdministrators() {
        TransactionLock.ADMINISTRATORS.hold(getEntityManager());
    }

    public long countAdmins() {
        return listAll().stream().filter(user -> user.roleList().contains(Role.ADMIN)).count(); // a handful of users
    }
}
