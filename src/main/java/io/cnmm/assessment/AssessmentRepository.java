package io.cnmm.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.cnmm.evaluation.Coverage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** An enterprise's assessments, newest first. */
    public List<Assessment> listForEnterprise(UUID enterpriseId) {
        return list("enterpriseId", Sort.descending("createdAt").and("id"), enterpriseId);
    }

    /**
     * The coverage of each of these assessments, counted in the database from their stored indicator
     * documents, so that a history need not load them. Domains come in the model's order, which is
     * the order of each stored list.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, Coverage> coverageOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select a.id, i.value->>'part', i.value->>'domain',"
                        + " count(*) filter (where (i.value->>'assessed')::boolean), count(*)"
                        + " from assessment a cross join lateral jsonb_array_elements(a.indicators) with ordinality i"
                        + " where a.id in (?1) group by a.id, i.value->>'part', i.value->>'domain' order by a.id, min(i.ordinality)")
                .setParameter(1, ids).getResultList();
        Map<UUID, List<Coverage.Tally>> tallies = new LinkedHashMap<>();
        for (Object[] row : rows) {
            tallies.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new Coverage.Tally((String) row[1],
                    (String) row[2], ((Number) row[3]).intValue(), ((Number) row[4]).intValue()));
        }
        Map<UUID, Coverage> coverage = new HashMap<>();
        tallies.forEach((id, list) -> coverage.put(id, Coverage.ofTallies(list)));
        return coverage;
    }
}
