package dev.hotclub.benchmarks;

import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.auth.hashers.Pbkdf2PasswordHasher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What one login's password check costs with the default hasher (PBKDF2-SHA256, 1,000,000 iterations), on each
 * path a guesser could time: a known user with the right and a wrong password, a username that matches nobody,
 * a user with an unusable password, and a wrong password against an outdated (Django 3.2, 260,000 iterations)
 * hash. They should all cost about one hash, so the response time does not tell which usernames exist.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordCheckBenchmark {
    private PasswordHashers hashers;
    private String current;
    private String outdated;
    private String unusable;

    @Setup
    public void setUp() {
        hashers = PasswordHashers.defaults();
        current = hashers.makePassword("correct horse battery staple");
        outdated = Pbkdf2PasswordHasher.sha256(260_000).encode("correct horse battery staple", "Ho8lJ2ZMVXbCTH7XamvfKk");
        unusable = PasswordHashers.unusablePassword();
    }

    @Benchmark
    public boolean knownUserRightPassword() {
        return hashers.checkPassword("correct horse battery staple", current);
    }

    @Benchmark
    public boolean knownUserWrongPassword() {
        return hashers.checkPassword("Tr0ub4dor&3", current);
    }

    @Benchmark
    public boolean unknownUser() {
        return hashers.checkPasswordForNoUser("Tr0ub4dor&3");
    }

    @Benchmark
    public boolean unusablePassword() {
        return hashers.checkPassword("Tr0ub4dor&3", unusable);
    }

    @Benchmark
    public boolean outdatedHashWrongPassword() {
        return hashers.checkPassword("Tr0ub4dor&3", outdated);
    }
}
