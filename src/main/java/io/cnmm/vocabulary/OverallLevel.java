package io.cnmm.vocabulary;

import java.util.List;

/** The enterprise's overall level and the part levels it was computed from. */
public record OverallLevel(int level, List<PartLevel> inputs) implements Leveled {

    public OverallLevel {
        inputs = List.copyOf(inputs);
    }

    @Override
    public String id() {
        return "overall";
    }

    @Override
    public int getLevel() {
        return level;
    }

    public List<PartLevel> getInputs() {
        return inputs;
    }
}
