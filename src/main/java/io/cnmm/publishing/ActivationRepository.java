package io.cnmm.publishing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ActivationRepository implements PanacheRepositoryBase<RulesetActivation, Long> {

    /** The newest activation names the active version. */
    public Optional<RulesetActivation> current() {
        return findAll(Sort.descending("id")).firstResultOptional();
    }

    public List<RulesetActivation> newestFirst(int limit) {
        return findAll(Sort.descending("id")).page(0, limit).list();
    }
}
