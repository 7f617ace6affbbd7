package io.cnmm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpus of hostile rule files in {@code src/test/resources/hostile-rules} (its README says
 * what each is): rule files that try to run code on the server, each with the problem it must be
 * refused with. Each would write a marker file, directly or through a shell command, if it ran.
 */
public final class HostileRules {

    public static final Path FOLDER = Path.of("src/test/resources/hostile-rules");
    private static final Pattern EXPECT = Pattern.compile("expect: (\\d+): (.+?)\"?$");

    /**
     * One hostile file, ready to be added to a copy of the shipped rules.
     *
     * @param name     the corpus file
     * @param path     where it goes, relative to the rules folder
     * @param content  its bytes, the marker filled in
     * @param line     the line (a table's row) it must be refused at, or {@code null} for none
     * @param fragment words of the problem it must be refused with
     */
    public record Case(String name, String path, byte[] content, Integer line, String fragment) {

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileRules() {
    }

    /** Every file of the corpus, each writing to {@code marker} if it ever ran. */
    public static List<Case> corpus(Path marker) {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted()
                    .map(file -> read(file, marker)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case read(Path file, Path marker) {
        try {
            String name = file.getFileName().toString();
            String text = Files.readString(file).replace("@MARKER@", marker.toString())
                    .replace("@COMMAND@", "touch " + marker);
            Matcher expect = EXPECT.matcher(text.lines().findFirst().orElseThrow());
            if (!expect.find()) {
                throw new IllegalStateException(name + " has no expect comment on its first line");
            }
            int line = Integer.parseInt(expect.group(1));
            return new Case(name, target(name), text.getBytes(StandardCharsets.UTF_8), line == 0 ? null : line,
                    expect.group(2).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decision tables replace T-OM-06's own; aggregation files go beside the server's; the rest beside T-RM-01. */
    private static String target(String name) {
        if (name.endsWith(".drl.csv")) {
            return "T/T-OM/T-OM-06.drl.csv";
        }
        return name.startsWith("aggregation-") ? "aggregation/" + name : "T/T-RM/" + name;
    }
}
