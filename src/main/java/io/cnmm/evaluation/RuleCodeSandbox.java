package io.cnmm.evaluation;

import io.cnmm.problem.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses rule code that reaches outside the evaluation: the process and the JVM (System, Runtime,
 * ProcessBuilder, exit), reflection and class loading, files and the network, threads. Rules only
 * read facts and insert results, and they are loaded from a folder experts edit, so a rule must not
 * be able to do anything else, whatever part of the file it hides in (conditions, consequences,
 * functions, {@code eval}, {@code from}, globals).
 *
 * <p>Lexical on purpose: it reads the text with comments and string literals blanked out, so a rule
 * name or a comment may mention anything; imports are checked against an allow-list, which leaves
 * only {@code java.lang} and fully qualified names to look for.
 */
final class RuleCodeSandbox {

    private static final Set<String> REFUSED = Set.of(
            "System", "Runtime", "Process", "ProcessBuilder", "ProcessHandle", "exit",
            "Class", "forName", "getClass", "ClassLoader", "getClassLoader", "MethodHandles", "MethodHandle",
            "Unsafe", "setAccessible", "getDeclaredMethod", "getDeclaredField", "getMethod", "newInstance",
            "File", "Files", "Path", "Paths", "Socket", "ServerSocket", "DatagramSocket", "URL", "HttpClient",
            "Thread", "ThreadGroup", "Executor", "Executors", "ExecutorService", "ForkJoinPool",
            "CompletableFuture", "Timer", "synchronized", "parallelStream", "ServiceLoader",
            // the service's own objects: the container, the database, and any class by its literal
            "Arc", "CDI", "InitialContext", "EntityManager", "DataSource", "class");
    // Any qualified name under these roots is refused, but for the rule vocabulary and the harmless
    // java.* packages: code in a rule must not reach the service (Quarkus, Hibernate, the database).
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "sun", "jdk", "com", "io", "jakarta",
            "org", "net", "kotlin", "groovy", "scala");
    private static final Pattern QUALIFIED = Pattern.compile("(java\\s*\\.\\s*(?:io|nio|net|lang\\s*\\.\\s*reflect"
            + "|lang\\s*\\.\\s*invoke|util\\s*\\.\\s*concurrent)|javax|sun|jdk|com|jakarta|org|net|kotlin|groovy|scala"
            + "|io(?!\\s*\\.\\s*cnmm\\s*\\.\\s*vocabulary\\b))\\b(?=\\s*\\.)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:(?:function|static|accumulate)\\s+)?([\\w.$*]+)");
    private static final Pattern ALLOWED_IMPORT = Pattern.compile("io\\.cnmm\\.vocabulary\\.(\\*|[A-Z][\\w$]*(\\.[\\w$*]+)?)"
            + "|java\\.util\\.((function|stream|regex)\\.)?(\\*|(?!(Timer|TimerTask|ServiceLoader|Scanner)\\b)[A-Z]\\w*)"
            + "|java\\.math\\.(\\*|[A-Z]\\w*)"
            + "|java\\.lang\\.(Math|StrictMath|String|Integer|Long|Double|Float|Short|Byte|Boolean|Character|Number)"
            + "(\\.[\\w*]+)?");
    /** Java reads these before anything else, inside strings and comments too, so they could hide any name. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");
    private static final String WHY = ": rules only read facts and insert results";

    private RuleCodeSandbox() {
    }

    static List<SourceProblem> check(DrlText drl) {
        List<SourceProblem> problems = new ArrayList<>();
        String[] raw = drl.text().split("\n", -1);
        String[] code = blank(drl.text()).split("\n", -1); // same lines: blanking keeps line breaks
        for (int i = 0; i < code.length; i++) {
            escapes(drl, i + 1, raw[i], problems);
            Matcher imported = IMPORT.matcher(code[i]);
            if (imported.lookingAt()) {
                imported(drl, i + 1, imported, problems);
            } else {
                refused(drl, i + 1, code[i], problems);
            }
        }
        return problems;
    }

    private static void escapes(DrlText file, int line, String text, List<SourceProblem> problems) {
        Matcher escape = UNICODE_ESCAPE.matcher(text);
        while (escape.find()) {
            problems.add(file.problem(line, escape.start() + 1, "rule files may not use \\u escapes "
                    + "such as " + escape.group() + ": write the character itself"));
        }
    }

    private static void imported(DrlText file, int line, Matcher imported, List<SourceProblem> problems) {
        if (!ALLOWED_IMPORT.matcher(imported.group(1)).matches()) {
            problems.add(file.problem(line, imported.start(1) + 1, "import " + imported.group(1)
                    + " is not allowed" + WHY + "; they may import io.cnmm.vocabulary.*, java.util.*, java.math.* "
                    + "and java.lang.Math"));
        }
    }

    private static void refused(DrlText file, int line, String text, List<SourceProblem> problems) {
        Matcher identifier = IDENTIFIER.matcher(text);
        Matcher qualified = QUALIFIED.matcher(text);
        while (identifier.find()) {
            String name = identifier.group();
            if (PACKAGE_ROOTS.contains(name) && !afterDot(text, identifier.start())
                    && qualified.region(identifier.start(), text.length()).lookingAt()) {
                name = qualified.group(1).replaceAll("\\s", "");
            } else if (!REFUSED.contains(name)) {
                continue;
            }
            problems.add(file.problem(line, identifier.start() + 1, "rule code may not use " + name + WHY));
        }
    }

    /** {@code io} in {@code java.io} is part of a name already reported, not a name of its own. */
    private static boolean afterDot(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '.';
    }

    /** The text with every comment and string literal replaced by spaces; lines and columns stay put. */
    static String blank(String drl) {
        char[] text = drl.toCharArray();
        int i = 0;
        while (i < text.length) {
            if (startsWith(text, i, "//")) {
                i = blankUntil(text, i, "\n", false);
            } else if (startsWith(text, i, "/*")) {
                i = blankUntil(text, i, "*/", true);
            } else if (text[i] == '"' || text[i] == '\'') {
                i = blankString(text, i);
            } else {
                i++;
            }
        }
        return new String(text);
    }

    private static int blankUntil(char[] text, int from, String end, boolean inclusive) {
        int i = from;
        while (i < text.length && !startsWith(text, i, end)) {
            i = blank(text, i);
        }
        for (int k = 0; inclusive && k < end.length() && i < text.length; k++) {
            i = blank(text, i);
        }
        return i;
    }

    private static int blankString(char[] text, int from) {
        char quote = text[from];
        int i = blank(text, from);
        while (i < text.length && text[i] != quote && text[i] != '\n') {
            i = text[i] == '\\' && i + 1 < text.length && text[i + 1] != '\n' ? blank(text, blank(text, i)) : blank(text, i);
        }
        return i < text.length && text[i] == quote ? blank(text, i) : i;
    }

    /** Blanks one character, keeping line breaks; returns the next index. */
    private static int blank(char[] text, int i) {
        if (text[i] != '\n' && text[i] != '\r') {
            text[i] = ' ';
        }
        return i + 1;
    }

    private static boolean startsWith(char[] text, int at, String prefix) {
        if (at + prefix.length() > text.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
