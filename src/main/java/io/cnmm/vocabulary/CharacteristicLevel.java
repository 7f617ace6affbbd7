package io.cnmm.vocabulary;

import java.util.List;

/** A characteristic's level and the indicator levels it was computed from. */
public record CharacteristicLevel(String characteristic, String part, int level, List<IndicatorLevel> inputs)
        implements Leveled {

    public CharacteristicLevel {
        inputs = List.copyOf(inputs);
    }

    @Override
    public String id() {
        return characteristic;
    }

    public String getCharacteristic() {
        return characteristic;
    }

    public String getPart() {
        return part;
    }

    @Override
    public int getLevel() {
        return level;
    }

    public List<IndicatorLevel> getInputs() {
        return inputs;
    }
}
