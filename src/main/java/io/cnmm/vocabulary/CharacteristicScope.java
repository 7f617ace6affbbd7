package io.cnmm.vocabulary;

import java.util.List;

/**
 * A characteristic of a part (for example A-elasticity) and the indicators it is computed from,
 * as declared in {@code model-data/model.yaml}.
 */
public record CharacteristicScope(String characteristic, String part, String aggregation, List<String> members) {

    public CharacteristicScope {
        members = List.copyOf(members);
    }

    public String getCharacteristic() {
        return characteristic;
    }

    public String getPart() {
        return part;
    }

    public String getAggregation() {
        return aggregation;
    }

    public List<String> getMembers() {
        return members;
    }
}
