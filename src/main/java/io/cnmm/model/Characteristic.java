package io.cnmm.model;

import java.util.List;

/**
 * A characteristic of a part computed from member indicators, as CAICT computes the Business
 * Application characteristics (elasticity, high availability, ...) from process-domain levels.
 *
 * @param inferred true when the membership is a CNMM Assess proposal rather than published
 */
public record Characteristic(String id, String part, Text name, Aggregation aggregation, List<String> members,
                             String membershipSource, boolean inferred) {

    public Characteristic {
        members = List.copyOf(members);
    }
}
