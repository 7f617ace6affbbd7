package io.cnmm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.testsupport.CommandRun;
import org.junit.jupiter.api.Test;

/** Which arguments run the command line instead of the service, help, and usage errors. */
class CliTest {

    @Test
    void runsOnlyItsOwnCommandsSoTheServiceStartsAsBefore() {
        assertTrue(Cli.handles("validate", "--rules", "x"));
        assertTrue(Cli.handles("--help"));
        assertFalse(Cli.handles());
        assertFalse(Cli.handles("-Dquarkus.http.port=9090"));
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun run = CommandRun.of();

        assertEquals(Cli.USAGE, run.exitCode());
        assertThat(run.err()).contains("Missing required subcommand", "Usage: cnmm");
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithASuggestion() {
        CommandRun run = CommandRun.of("valdate");

        assertEquals(Cli.USAGE, run.exitCode());
        assertThat(run.err()).contains("valdate", "validate");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CommandRun run = CommandRun.of("--help");

        assertEquals(Cli.OK, run.exitCode());
        assertThat(run.out()).contains("validate", "test", "evaluate", "Exit codes:", "2   usage error");
    }

    @Test
    void helpOfOneCommand() {
        CommandRun run = CommandRun.of("help", "evaluate");

        assertEquals(Cli.OK, run.exitCode());
        assertThat(run.out()).contains("Usage: cnmm evaluate", "FACTS_FILE", "--trace", "--json", "--model-data=DIR");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("validate", "--rule", "rules");

        assertEquals(Cli.USAGE, run.exitCode());
        assertThat(run.err()).contains("Unknown option", "'--rule'", "Possible solutions: --rules");
    }
}
