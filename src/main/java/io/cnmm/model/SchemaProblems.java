package io.cnmm.model;

import com.fasterxml.jackson.core.JsonLocation;
import io.cnmm.problem.SourceProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schema problems as a YAML author reads them: at the line of the key (from the YAML parser's own
 * positions, {@link YamlFiles#keyLocations}), and, where the cause is a YAML slip rather than a wrong
 * value, saying so. The JSON path is kept for tools.
 */
final class SchemaProblems {

    private static final Pattern UNKNOWN_KEY = Pattern.compile("^property '(.*)' is not defined in the schema.*", Pattern.DOTALL);

    private SchemaProblems() {
    }

    static List<SourceProblem> located(Path file, List<SourceProblem> problems) {
        if (problems.isEmpty()) {
            return problems;
        }
        Map<String, JsonLocation> keys;
        try {
            keys = YamlFiles.keyLocations(file);
        } catch (IOException e) {
            return problems; // it was just read: a second read failing only costs the lines
        }
        return problems.stream().map(problem -> located(problem, keys)).toList();
    }

    private static SourceProblem located(SourceProblem problem, Map<String, JsonLocation> keys) {
        String path = problem.path() == null ? "" : problem.path();
        String message = problem.message();
        Matcher unknown = UNKNOWN_KEY.matcher(message);
        if (unknown.matches()) {
            String key = unknown.group(1);
            path = ("/".equals(path) ? "" : path) + "/" + key;
            message = key.contains(" ")
                    ? "'" + key + "' is read as a key of its own: a comma or a colon in an unquoted text ends the text "
                    + "there (inside { } a comma starts the next key); put the whole text in double quotes"
                    : "'" + key + "' is not a key allowed here (" + message + ")";
        }
        JsonLocation at = nearest(path, keys);
        return at == null ? problem
                : new SourceProblem(problem.file(), at.getLineNr(), at.getColumnNr(), path, message);
    }

    /** The key at the path, or the closest key that holds it (an item of a list has no key of its own). */
    private static JsonLocation nearest(String path, Map<String, JsonLocation> keys) {
        for (String p = path; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            JsonLocation at = keys.get(p);
            if (at != null) {
                return at;
            }
        }
        return null;
    }
}
