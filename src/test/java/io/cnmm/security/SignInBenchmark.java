package io.cnmm.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What HTTP Basic costs per request: a bcrypt check at the stored cost, against the remembered
 * check that {@link VerifiedPasswords} makes after the first. Figures in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignInBenchmark {

    private static final String PASSWORD = "a long enough password";

    @Param({"10"})
    int cost;

    private String hash;
    private VerifiedPasswords verified;

    @Setup
    public void setUp() {
        hash = BcryptUtil.bcryptHash(PASSWORD, cost);
        verified = new VerifiedPasswords();
        verified.remember("ada", PASSWORD, hash);
    }

    @Benchmark
    public boolean bcryptCheck() {
        return BcryptUtil.matches(PASSWORD, hash);
    }

    @Benchmark
    public boolean rememberedCheck() {
        return verified.known("ada", PASSWORD, hash);
    }
}
