package io.cnmm.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Where two JSON documents differ, as JSON pointers with both values; numbers compare by value. */
final class JsonDifferences {

    private static final int MAX_REPORTED = 50;

    private JsonDifferences() {
    }

    static List<String> between(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        collect("", expected, actual, differences);
        return differences;
    }

    private static void collect(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (out.size() >= MAX_REPORTED) {
            return;
        }
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": stored " + expected + ", now " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                collect(path + "/" + name, expected.path(name), actual.path(name), out);
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": stored " + expected.size() + " entries, now " + actual.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                collect(path + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add((path.isEmpty() ? "/" : path) + ": stored " + expected + ", now " + actual);
        }
    }
}
