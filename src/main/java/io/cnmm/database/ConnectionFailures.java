package io.cnmm.database;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a database that cannot be reached from every other error, wherever it surfaces: wrapped by
 * Hibernate, by the transaction manager or by the sign-in. It is recognised at its root, by the
 * standard SQLSTATE and by where the pool throws it, never by message text, which drivers translate.
 */
public final class ConnectionFailures {

    /** Class 08 is "connection exception"; 57P01..03 are an administrator's shutdown and "cannot connect now". */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** Agroal's acquisition timeout carries no SQLSTATE: it is known by the pool that throws it. */
    private static final String POOL_PACKAGE = "io.agroal.pool.";

    private ConnectionFailures() {
    }

    public static boolean isDatabaseUnavailable(Throwable error) {
        return rootFailure(error).isPresent();
    }

    /** One line for the log: the SQLSTATE and the driver's sentence for the failure, no stack trace. */
    public static String describe(Throwable error) {
        return rootFailure(error).map(failure -> failure instanceof SQLException sql && sql.getSQLState() != null
                        ? "SQLSTATE " + sql.getSQLState() + ": " + sql.getMessage()
                        : failure.getMessage())
                .orElse("not a connection failure");
    }

    private static Optional<Throwable> rootFailure(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>(); // cause chains can loop
        Throwable found = null;
        for (Throwable cause = error; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                found = cause; // keep going: the deepest one names the real cause
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state);
        }
        StackTraceElement[] frames = sql.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith(POOL_PACKAGE);
    }
}
