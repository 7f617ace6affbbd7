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

    /** 404, as for an assessment that does not exist, unless the caller may see its enterprise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAssessment(UUID assessment) {
        var enterprise = entityManager.createQuery("select a.enterpriseId from Assessment a where a.id = ?1", UUID.class)
                .setParameter(1, assessment).getResultStream().findFirst();
        if (enterprise.isEmpty() || !visibility().includes(enterprise.get())) {
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
