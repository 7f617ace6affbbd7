package io.cnmm.security;

import io.cnmm.audit.AuditAction;
import io.cnmm.audit.AuditLog;
import io.cnmm.audit.Caller;
import io.cnmm.audit.CanonicalJson;
import io.cnmm.enterprise.EnterpriseService;
import io.cnmm.problem.ConflictProblem;
import io.cnmm.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Manages the stored users and everyone's enterprise assignments; every change is in the audit log. */
@ApplicationScoped
public class UserService {

    @Inject
    Users users;
    @Inject
    Passwords passwords;
    @Inject
    Assignments assignments;
    @Inject
    EnterpriseService enterprises;
    @Inject
    AuditLog auditLog;
    @Inject
    Caller caller;

    public List<UserView> list() {
        return users.listByName().stream().map(this::view).toList();
    }

    public UserView get(String username) {
        return view(require(username));
    }

    @Transactional
    public UserView create(UserRequest request) {
        users.namedInAnyCase(request.username()).ifPresent(existing -> {
            throw new ConflictProblem("user " + request.username() + " already exists"
                    + (existing.username.equals(request.username()) ? "" : " as " + existing.username
                    + ": user names are unique regardless of case"));
        });
        UserAccount user = UserAccount.create(request.username(), passwords.hash(request.password()), request.roles(),
                caller.who(null));
        users.add(user);
        audit(AuditAction.USER_CREATED, user);
        return view(user);
    }

    @Transactional
    public UserView change(String username, UserChange change) {
        UserAccount user = require(username);
        if (change.roles() == null && change.password() == null) {
            throw new io.cnmm.problem.RequestProblem("nothing to change", List.of(
                    new io.cnmm.problem.FieldError("roles", "give roles, a password, or both")));
        }
        if (change.roles() != null) {
            if (user.roleList().contains(Role.ADMIN) && !change.roles().contains(Role.ADMIN)) {
                requireAnotherAdmin(username);
            }
            user.setRoles(change.roles());
        }
        if (change.password() != null) {
            user.passwordHash = passwords.hash(change.password());
        }
        audit(AuditAction.USER_CHANGED, user);
        return view(user);
    }

    @Transactional
    public void delete(String username) {
        UserAccount user = require(username);
        if (user.roleList().contains(Role.ADMIN)) {
            requireAnotherAdmin(username);
        }
        assignments.remove(username);
        users.delete(user);
        audit(AuditAction.USER_DELETED, user);
    }

    /** Also for users of an OpenID Connect provider, who are not stored here: assignments go by name. */
    public AssignmentsView assignmentsOf(String username) {
        return AssignmentsView.of(assignments.of(username));
    }

    @Transactional
    public AssignmentsView assign(String username, AssignmentsRequest request) {
        if (!username.matches(UserRequest.USERNAME)) {
            throw new io.cnmm.problem.RequestProblem("not a user name", List.of(
                    new io.cnmm.problem.FieldError("username", UserRequest.USERNAME_RULE)));
        }
        request.enterprises().forEach(enterprises::requireExists);
        assignments.replace(username, request.enterprises(), request.allEnterprises());
        AssignmentsView view = AssignmentsView.of(assignments.of(username));
        auditLog.append(caller.who(null), AuditAction.ASSIGNMENTS_CHANGED, "user/" + username,
                CanonicalJson.digest(Map.of("username", username,
                        "enterprises", view.enterprises().stream().map(Object::toString).toList(),
                        "allEnterprises", view.allEnterprises())));
        return view;
    }

    private UserAccount require(String username) {
        return users.named(username).orElseThrow(() -> new NotFoundProblem("user", username));
    }

    // Without an administrator nobody could manage users or activate rulesets again. The lock makes
    // two concurrent removals of the last two administrators count one after the other.
    private void requireAnotherAdmin(String username) {
        users.lockAdministrators();
        if (users.countAdmins() <= 1) {
            throw new ConflictProblem("user " + username + " is the last administrator: make another one first");
        }
    }

    private void audit(AuditAction action, UserAccount user) {
        auditLog.append(caller.who(null), action, "user/" + user.username,
                CanonicalJson.digest(Map.of("username", user.username, "roles", user.roleList())));
    }

    private UserView view(UserAccount user) {
        return new UserView(user.username, user.roleList(), user.createdAt, user.createdBy,
                AssignmentsView.of(assignments.of(user.username)));
    }
}
