package io.cnmm.security;

import io.cnmm.database.TransactionLock;
import io.cnmm.problem.ConflictProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** The stored users. */
@ApplicationScoped
public class Users implements PanacheRepositoryBase<UserAccount, String> {

    /** Also called while signing in, on a worker thread that has no request context of its own yet. */
    @ActivateRequestContext
    public Optional<UserAccount> named(String username) {
        return findByIdOptional(username);
    }

    /** The user whose name equals this one but for case, if any: names are unique regardless of case. */
    public Optional<UserAccount> namedInAnyCase(String username) {
        return find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /**
     * Stores a new user at once rather than at commit, so that a create that raced another of the same
     * name (in any case) past {@link #namedInAnyCase} fails here, on the database's unique index, as a conflict.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public void add(UserAccount user) {
        try {
            persist(user);
            flush();
        } catch (PersistenceException e) {
            if (!uniqueViolation(e)) {
                throw e;
            }
            throw new ConflictProblem("user " + user.username + " already exists");
        }
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

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE;
            }
        }
        return false;
    }
}
