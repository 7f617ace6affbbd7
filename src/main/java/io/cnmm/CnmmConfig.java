package io.cnmm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** CNMM Assess settings, keys under {@code cnmm.}; each can also be set as an environment variable. */
@ConfigMapping(prefix = "cnmm")
public interface CnmmConfig {

    /** The rules folder: criteria and aggregation as DRL, scenarios beside them. Read at start. */
    Path rulesDir();

    /** The model-data folder: model.yaml, indicators, schemas and example profiles. Read at start. */
    Path modelDataDir();

    /** How published ruleset versions are followed. */
    Rules rules();

    /** What one evaluation, and one run of a ruleset's scenarios, may cost before it is stopped (a 422 naming the rule). */
    Evaluation evaluation();

    interface Evaluation {

        /** Rule firings in one evaluation; the shipped ruleset fires about a thousand. */
        @WithDefault("100000")
        int maxFirings();

        /** Time for one evaluation; one takes a few milliseconds. */
        @WithDefault("10s")
        java.time.Duration deadline();

        /** Time for one run of a ruleset's scenarios (publishing, scenario runs); the shipped ones take seconds. */
        @WithDefault("5m")
        java.time.Duration scenarioDeadline();
    }

    /** The example enterprise profiles in model-data/examples. */
    Examples examples();

    /** The key that signs assessment seals (docs/audit.md). */
    Signing signing();

    /** HTML and PDF reports. */
    Report report();

    interface Rules {

        /**
         * Development: the folders win. At start and whenever a file in them is saved, their content
         * is published and activated. Otherwise the active published version is used, and the
         * folders only seed an empty database.
         */
        @WithDefault("false")
        boolean followFolder();

        /** How often a replica checks which version is active, to follow activations made on another. */
        @WithDefault("5s")
        java.time.Duration pollInterval();

        /** How many compiled versions a replica keeps for activation, rollback and replay. */
        @WithDefault("3")
        int compiledCacheSize();

        /**
         * Aggregation rule sets trusted besides the installation's own rules/aggregation/, by the
         * digest the service logs at start ({@code sha256:…}). After an upgrade that changes those
         * files, list the earlier set's digest here, so that versions published with it can still be
         * compiled for replay and rollback. Uploads can never bring aggregation rules of their own.
         */
        java.util.Optional<java.util.List<String>> trustedAggregation();
    }

    /** Users and passwords (docs/security.md). */
    Security security();

    interface Security {

        /** The first administrator's name, created when the database has no user. */
        @WithDefault("admin")
        String adminUsername();

        /**
         * The first administrator's password, from a secret (CNMM_SECURITY_ADMIN_PASSWORD), read
         * only when the database has no user. Without it one is generated and printed once.
         */
        java.util.Optional<String> adminPassword();

        /** bcrypt's cost: each step doubles the work of every sign-in and of guessing a stolen hash. */
        @WithDefault("10")
        int passwordCost();
    }

    /** Benchmark support. */
    Benchmark benchmark();

    interface Benchmark {

        /** Serve the HTTP benchmark's floor: an endpoint that stores a submission's JSON without evaluating it. */
        @WithDefault("false")
        boolean bareStore();
    }

    interface Examples {

        /** Create the example enterprises and their assessments when the database has no enterprise yet. */
        @WithDefault("false")
        boolean seed();
    }

    interface Signing {

        /**
         * Encrypts the stored private key (AES-256-GCM, key derived with PBKDF2). Without it, anyone
         * who can read the database can sign; with it, they also need this value. Set it before the
         * first start: a key created without it stays unencrypted. From a secret store, never the repository.
         */
        java.util.Optional<String> keyPassword();
    }

    interface Report {

        /**
         * A TrueType font (.ttf) for the PDF's text; the default is Debian's DejaVu Sans where it is
         * installed, else the PDF falls back to the standard Helvetica (Latin-1 only).
         */
        @WithDefault("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        Path pdfFont();

        /**
         * A TrueType font with Chinese glyphs (.ttf with TrueType outlines, for example Debian's
         * fonts-droid-fallback). Without one, the PDF shows the English names only; the HTML report
         * always shows both, as browsers bring their own fonts.
         */
        java.util.Optional<Path> pdfCjkFont();
    }
}
