package io.cnmm.security;

import io.cnmm.problem.NotFoundProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Tenant isolation: the one place that decides whether the caller may see an enterprise and its
 * assessments. What they may not see answers exactly as what does not exist, so an assessor cannot
 * even learn that another enterprise's assessment is there.
 */
@ApplicationScoped
public class EnterpriseAccess {

    // Columns, not one condition: SQL would skip the assignment lookups for a missing assessment.
    private static final String EXISTS_AND_VISIBLE = """
            select exists (select 1 from assessment where id = ?1),
                   exists (select 1 from enterprise_wide_access where username = ?2),
                   exists (select 1 from enterprise_assignment where username = ?2
                           and enterprise_id = (select enterprise_id from assessment where id = ?1))""";

    @Inject
    SecurityIdentity identity;
    @Inject
    Assignments assignments;
    @Inject
    EntityManager entityManager;

    /** Admins see every enterprise; assessors and auditors what they are assigned (or all, if granted). */
    public Visibility visibility() {
        if (identity.isAnonymous()) {
            return Visibility.only(java.util.Set.of());
        }
        if (identity.hasRole(Role.ADMIN)) {
            return Visibility.EVERY;
        }
        return assignments.of(identity.getPrincipal().getName());
    }

    /** 404, as for an enterprise that does not exist, unless the caller may see it. */
    public void requireEnterprise(UUID enterprise) {
        if (!visibility().includes(enterprise)) {
            throw new NotFoundProblem("enterprise", enterprise);
        }
    }

    /**
     * 404, as for an assessment that does not exist, unless the caller may see its enterprise. One
     * query answers both questions with the same lookups whether the assessment exists or not, so
     * another enterprise's assessment costs what a missing one does, and response times tell nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAssessment(UUID assessment) {
        Object[] found = (Object[]) entityManager.createNativeQuery(EXISTS_AND_VISIBLE)
                .setParameter(1, assessment)
                .setParameter(2, identity.isAnonymous() ? "" : identity.getPrincipal().getName())
                .getSingleResult();
        boolean visible = identity.hasRole(Role.ADMIN) || Boolean.TRUE.equals(found[1]) || Boolean.TRUE.equals(found[2]);
        if (!Boolean.TRUE.equals(found[0]) || !visible) {
            throw new NotFoundProblem("assessment", assessment);
        }
    }

    /** An assessor who registers an enterprise is assigned to it; others see it through their role or assignment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignCreator(UUID enterprise) {
        if (!identity.isAnonymous() && !identity.hasRole(Role.ADMIN)) {
            assignments.add(identity.getPrincipal().getName(), enterprise);
        }
    }
}
