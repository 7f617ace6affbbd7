package io.cnmm.evaluation;

/**
 * One file of a ruleset as an expert wrote it.
 *
 * @param path    path relative to the rules folder, with forward slashes: {@code T/T-RM/T-RM-01.drl}
 * @param content the file's text
 */
public record RuleSource(String path, String content) {

    public boolean isDrl() {
        return path.endsWith(".drl");
    }
}
