package io.cnmm.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cnmm.problem.SourceProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads the YAML files experts write into JSON trees, so one schema validator serves them all.
 *
 * <p>Files may come from an upload, so their size is checked before the YAML parser sees them: a
 * file is at most {@value #MAX_BYTES} bytes and a line at most {@value #MAX_LINE} characters.
 * The parser takes time that grows with the square of a one-line value's length (a 2 MB value
 * costs seconds, 20 MB minutes), while values over many lines cost time in proportion; the
 * shipped files are under 40 KB with lines under 1,000 characters.
 */
public final class YamlFiles {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_LINE = 4_000;
    // Decimals as written: a scenario's or a facts file's 24.99999999999999999 must not become 25 (FactParser).
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(limits()).build()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private YamlFiles() {
    }

    /** @throws IOException when the file cannot be read, is too large, or is not YAML ({@link #syntaxError} tells where) */
    public static JsonNode read(Path file) throws IOException {
        JsonNode node = YAML.readTree(checkedBytes(file));
        return node == null ? YAML.createObjectNode() : node;
    }

    /** A YAML syntax error or a file past the limits, as a problem at its line and column, with a one-line reason. */
    public static SourceProblem syntaxError(String file, IOException e) {
        if (e instanceof TooLarge tooLarge) {
            return SourceProblem.atLine(file, tooLarge.line, null, tooLarge.getMessage());
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String reason = "not valid YAML: " + message.lines().findFirst().orElse(message);
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return SourceProblem.atLine(file, json.getLocation().getLineNr(), json.getLocation().getColumnNr(), reason);
        }
        return SourceProblem.at(file, null, reason);
    }

    /**
     * Where each key of a YAML file is written, by its JSON-pointer-like path
     * ({@code /scenarios/1/expect/T-RM-01}): the tree {@link #read} returns has no positions.
     */
    public static Map<String, JsonLocation> keyLocations(Path file) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = YAML.getFactory().createParser(checkedBytes(file))) {
            if (parser.nextToken() != null) {
                collectKeys(parser, "", locations);
            }
        }
        return locations;
    }

    private static byte[] checkedBytes(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new TooLarge(null, "the file is larger than " + MAX_BYTES / 1024 + " KB, the limit for a YAML file");
        }
        byte[] bytes = Files.readAllBytes(file);
        int line = 1;
        int length = 0;
        for (byte b : bytes) {
            boolean newLine = b == '\n';
            line += newLine ? 1 : 0;
            // Characters, not bytes: a UTF-8 continuation byte (10xxxxxx) is part of the character before it.
            length = newLine ? 0 : (b & 0xC0) == 0x80 ? length : length + 1;
            if (length > MAX_LINE) {
                throw new TooLarge(line, "the line is longer than " + MAX_LINE + " characters, the limit for a line of YAML "
                        + "(break a long text over several lines with > or |)");
            }
        }
        return bytes;
    }

    private static LoaderOptions limits() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(32);
        return options;
    }

    private static void collectKeys(JsonParser parser, String path, Map<String, JsonLocation> locations) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = path + "/" + parser.currentName();
                locations.put(key, parser.currentTokenLocation());
                parser.nextToken();
                collectKeys(parser, key, locations);
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                collectKeys(parser, path + "/" + i, locations);
            }
        }
    }

    /** A file refused by its size before it is parsed. */
    private static final class TooLarge extends IOException {

        private final Integer line;

        TooLarge(Integer line, String message) {
            super(message);
            this.line = line;
        }
    }
}
