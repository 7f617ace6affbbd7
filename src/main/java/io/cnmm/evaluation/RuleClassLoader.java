package io.cnmm.evaluation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader rule bases are built with: the application's, remembering which names it does
 * not have. While evaluating, MVEL asks for many classes that do not exist (it tries every
 * {@code a.b} of an expression as an inner class); in the packaged application each such question
 * opened a jar file and read its directory, about a fifth of an evaluation's time. The classes
 * Drools generates live in its own loaders below this one, and the application's classes never
 * change while it runs, so a name missing once is missing for good.
 */
final class RuleClassLoader extends ClassLoader {

    static final RuleClassLoader INSTANCE = new RuleClassLoader(RuleClassLoader.class.getClassLoader());

    static {
        registerAsParallelCapable();
    }

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    private RuleClassLoader(ClassLoader application) {
        super("cnmm-rules", application);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missing.contains(name)) {
            throw new Missing(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missing.add(name);
            throw e;
        }
    }

    /** Thrown often and always caught by MVEL: without a stack trace, which would cost more than the answer. */
    private static final class Missing extends ClassNotFoundException {

        Missing(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
