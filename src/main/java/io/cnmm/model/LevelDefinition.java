package io.cnmm.model;

/** One level of the maturity scale with its names. */
public record LevelDefinition(int level, String zh, String en, String description) {
}
