package io.cnmm.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The DRL compiled for a criteria file, written from its checked parse rather than taken from the
 * upload: the package, the vocabulary's import, and each criterion in the one shape criteria
 * have. Only names, ids, fact keys and conditions that {@link CriterionShape} admitted go into it,
 * so whatever else the uploaded text held (comments, escapes, anything a different reading of it
 * might have found) never reaches the compiler.
 *
 * <p>Each rule is written on one line, the line its rule starts on in the expert's file, so that a
 * problem Drools finds while compiling is still reported where the expert can fix it.
 */
final class CanonicalDrl {

    private final StringBuilder text = new StringBuilder();
    private int line = 1;

    CanonicalDrl(String pkg) {
        text.append("package ").append(pkg).append("; import io.cnmm.vocabulary.*;");
    }

    /** @param atLine the line the rule starts on in the DRL that was checked */
    void add(int atLine, CriterionRule criterion, List<Requirement> requirements) {
        while (line < atLine) {
            text.append('\n');
            line++;
        }
        String patterns = requirements.stream().map(CanonicalDrl::pattern)
                .collect(Collectors.joining(criterion.anyOf() ? " or " : " "));
        text.append(" rule \"").append(criterion.name()).append("\" @indicator(\"").append(criterion.indicator())
                .append("\") @level(").append(criterion.level()).append(") when ").append(patterns)
                .append(" then ").append(CriterionShape.CONSEQUENCE).append(" end");
    }

    String text() {
        return text + "\n";
    }

    private static String pattern(Requirement requirement) {
        StringBuilder pattern = new StringBuilder("Fact(key == \"").append(requirement.fact()).append('"');
        requirement.constraints().forEach(constraint -> pattern.append(", ").append(constraint));
        return pattern.append(')').toString();
    }
}
