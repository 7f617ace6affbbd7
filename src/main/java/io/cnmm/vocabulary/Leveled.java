package io.cnmm.vocabulary;

/** Anything that carries a level: an indicator, domain, part or overall result. */
public interface Leveled {

    /** The id of what the level is for: an indicator, domain or part id, or {@code overall}. */
    String id();

    int getLevel();
}
