package io.cnmm.authoring;

import io.cnmm.evaluation.RulesetException;
import io.cnmm.model.ModelDataException;
import io.cnmm.problem.SourceProblem;
import io.cnmm.scenario.ScenarioFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Names the files in problems from the root experts work in ({@code rules/T/T-RM/T-RM-01.drl:12}),
 * as the README promises, rather than from inside the folder that was loaded ({@code T/T-RM/T-RM-01.drl}),
 * which no terminal or editor could open. The loaders keep folder-relative names: results and
 * stored assessments cite rule files that way.
 */
final class ProblemPaths {

    private ProblemPaths() {
    }

    /** A folder as problems name it: as given when relative, from the working directory when inside it, else absolute. */
    static String label(Path folder) {
        Path normal = folder.normalize();
        if (!normal.isAbsolute()) {
            return normal.toString();
        }
        Path here = Path.of("").toAbsolutePath();
        return normal.startsWith(here) && !normal.equals(here) ? here.relativize(normal).toString() : normal.toString();
    }

    static <T> T modelData(String label, Supplier<T> load) {
        try {
            return load.get();
        } catch (ModelDataException e) {
            throw new ModelDataException(under(label, e.problems()));
        }
    }

    static <T> T rules(String label, Supplier<T> compile) {
        try {
            return compile.get();
        } catch (RulesetException e) {
            throw new RulesetException(under(label, e.problems()));
        }
    }

    static <T> T scenarios(String label, Supplier<T> load) {
        try {
            return load.get();
        } catch (ScenarioFileException e) {
            throw new ScenarioFileException(under(label, e.problems()));
        }
    }

    static List<SourceProblem> under(String label, List<SourceProblem> problems) {
        return problems.stream().map(p -> p.file() == null || p.file().startsWith("(") || label.isEmpty() ? p
                : new SourceProblem(label + "/" + p.file(), p.line(), p.column(), p.path(), p.message())).toList();
    }
}
