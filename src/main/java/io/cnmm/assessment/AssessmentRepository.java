package io.cnmm.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** An enterprise's assessments, newest first. */
    public List<Assessment> listForEnterprise(UUID enterpriseId) {
        return list("enterpriseId", Sort.descending("createdAt").and("id"), enterpriseId);
    }
}
