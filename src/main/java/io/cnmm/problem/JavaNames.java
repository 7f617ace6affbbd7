package io.cnmm.problem;

import java.util.regex.Pattern;

/**
 * Messages of libraries (Apache POI, Drools) passed on to experts, without the Java class names
 * they carry ({@code org.apache.xmlbeans.XmlException: }): an expert cannot act on them, and an
 * answer should not tell a stranger what the service is built of.
 */
public final class JavaNames {

    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*(?::\\s*)?");

    private JavaNames() {
    }

    public static String removedFrom(String message) {
        return QUALIFIED.matcher(message).replaceAll("").strip();
    }
}
