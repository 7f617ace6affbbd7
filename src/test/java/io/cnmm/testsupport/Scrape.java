package io.cnmm.testsupport;

import io.restassured.RestAssured;
import java.util.Arrays;
import java.util.List;

/** One read of /q/metrics as Prometheus scrapes it (no user), and the figures in it. */
public final class Scrape {

    private final List<String> lines;

    private Scrape(String text) {
        this.lines = text.lines().filter(l -> !l.startsWith("#")).toList();
    }

    public static Scrape now() {
        return new Scrape(RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The sum of the samples named {@code name} whose labels include all of {@code labels} ("key=value"); 0 if none. */
    public double value(String name, String... labels) {
        return samples(name, labels).stream().mapToDouble(Scrape::valueOf).sum();
    }

    /** The figure after the labels; an exemplar (trace id and its own figures) may follow it. */
    public static double valueOf(String sample) {
        return Double.parseDouble(sample.substring(endOfLabels(sample)).strip().split("\\s+")[0]);
    }

    /** Where the name and its labels end: label values may hold braces (URI templates), so quotes count. */
    private static int endOfLabels(String sample) {
        int brace = sample.indexOf('{');
        int space = sample.indexOf(' ');
        if (brace < 0 || space < brace) {
            return space;
        }
        boolean quoted = false;
        for (int i = brace + 1; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '}' && !quoted) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a sample: " + sample);
    }

    /** Whether a sample of that name with those labels is there at all. */
    public boolean has(String name, String... labels) {
        return !samples(name, labels).isEmpty();
    }

    /** Every sample line of that name with those labels. */
    public List<String> samples(String name, String... labels) {
        return lines.stream()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> Arrays.stream(labels).allMatch(label -> l.contains(quoted(label))))
                .toList();
    }

    public List<String> lines() {
        return lines;
    }

    private static String quoted(String label) {
        int equals = label.indexOf('=');
        return label.substring(0, equals) + "=\"" + label.substring(equals + 1) + "\"";
    }
}
