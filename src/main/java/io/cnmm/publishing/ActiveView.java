package io.cnmm.publishing;

import java.time.Instant;

/**
 * Which version is active (in the database, for every replica) and which one this replica has
 * loaded: they differ for at most one poll interval after an activation made elsewhere.
 */
public record ActiveView(ActivationView active, String loadedHere, Instant loadedAt, long compileMillis) {
}
