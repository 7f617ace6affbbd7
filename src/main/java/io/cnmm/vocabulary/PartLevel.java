package io.cnmm.vocabulary;

import java.util.List;

/** A part's level and the domain or characteristic levels it was computed from. */
public record PartLevel(String part, int level, List<? extends Leveled> inputs) implements Leveled {

    public PartLevel {
        inputs = List.copyOf(inputs);
    }

    @Override
    public String id() {
        return part;
    }

    public String getPart() {
        return part;
    }

    @Override
    public int getLevel() {
        return level;
    }

    public List<? extends Leveled> getInputs() {
        return inputs;
    }
}
