package io.cnmm.enterprise;

import io.cnmm.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EnterpriseService {

    @Inject
    EnterpriseRepository enterprises;

    @Transactional
    public EnterpriseView create(EnterpriseRequest request) {
        Enterprise enterprise = Enterprise.create(request.name().strip(),
                request.industry() == null || request.industry().isBlank() ? null : request.industry().strip());
        enterprises.persist(enterprise);
        return EnterpriseView.of(enterprise);
    }

    public List<EnterpriseView> list() {
        return enterprises.listByName().stream().map(EnterpriseView::of).toList();
    }

    public EnterpriseView get(UUID id) {
        return enterprises.findByIdOptional(id).map(EnterpriseView::of)
                .orElseThrow(() -> new NotFoundProblem("enterprise", id));
    }

    /** Fails with 404 unless the enterprise exists. */
    public void requireExists(UUID id) {
        get(id);
    }
}
