package io.cnmm.enterprise;

import io.cnmm.security.EnterpriseAccess;
import io.cnmm.audit.AuditAction;
import io.cnmm.audit.AuditLog;
import io.cnmm.audit.CanonicalJson;
import io.cnmm.audit.Caller;
import io.cnmm.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class EnterpriseService {

    @Inject
    EnterpriseRepository enterprises;
    @Inject
    AuditLog auditLog;
    @Inject
    Caller caller;
    @Inject
    EnterpriseAccess access;

    @Transactional
    public EnterpriseView create(EnterpriseRequest request) {
        Enterprise enterprise = Enterprise.create(request.name().strip(),
                request.industry() == null || request.industry().isBlank() ? null : request.industry().strip());
        enterprises.persist(enterprise);
        access.assignCreator(enterprise.id);
        EnterpriseView view = EnterpriseView.of(enterprise);
        Map<String, Object> written = new LinkedHashMap<>(); // industry may be null
        written.put("id", view.id().toString());
        written.put("name", view.name());
        written.put("industry", view.industry());
        written.put("createdAt", view.createdAt().toString());
        auditLog.append(caller.who(null), AuditAction.ENTERPRISE_CREATED, "enterprise/" + enterprise.id,
                CanonicalJson.digest(written));
        return view;
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
