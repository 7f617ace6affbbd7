package io.cnmm.publishing;

import java.time.Instant;

/**
 * Which version is active (in the database, for every replica) and which one this replica has
 * loaded: they differ for at most one poll interval after an activation made elsewhere.
 *
 * @param lastSave in development mode, what came of the last save (rejected, or activated with failing
 *                 scenarios, with the problems); {@code null} otherwise
 */
public record ActiveView(ActivationView active, String loadedHere, Instant loadedAt, long compileMillis,
                         DevelopmentSave lastSave) {
}
