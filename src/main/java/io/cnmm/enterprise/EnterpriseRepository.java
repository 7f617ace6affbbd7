package io.cnmm.enterprise;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EnterpriseRepository implements PanacheRepositoryBase<Enterprise, UUID> {

    public List<Enterprise> listByName() {
        return listAll(Sort.by("name").and("createdAt"));
    }
}
