package io.cnmm.model;

import java.util.List;

/**
 * A part of the model (T, A or S), its domains in model order and any characteristics.
 *
 * @param levelFromCharacteristics true when the part's level is computed from its characteristics
 *                                 (CAICT's Business Application), false when from its domains
 */
public record Part(String id, Text name, Aggregation aggregation, List<Domain> domains,
                   List<Characteristic> characteristics, boolean levelFromCharacteristics) {

    public Part {
        domains = List.copyOf(domains);
        characteristics = List.copyOf(characteristics);
    }
}
