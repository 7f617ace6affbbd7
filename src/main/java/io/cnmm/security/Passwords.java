package io.cnmm.security;

import io.cnmm.CnmmConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;

/** Password hashing (bcrypt, a fresh salt per hash) and the generated first password. */
@ApplicationScoped
public class Passwords {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    public static final int MAX_LENGTH = 72;
    public static final int MIN_LENGTH = 12;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CnmmConfig config;

    // Hashed once, so an unknown user name costs a real bcrypt check too.
    private volatile String decoy;

    /** Within the length limits, counted as bcrypt counts: UTF-8 bytes, not characters. */
    public static boolean fits(String password) {
        return password.length() >= MIN_LENGTH
                && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_LENGTH;
    }

    public String hash(String password) {
        if (!fits(password)) { // a longer one would be cut silently, and then any extension of it would match
            throw new io.cnmm.problem.RequestProblem("the password does not fit", java.util.List.of(
                    new io.cnmm.problem.FieldError("password", MIN_LENGTH + " to " + MAX_LENGTH
                            + " characters, at most " + MAX_LENGTH + " bytes in UTF-8")));
        }
        return BcryptUtil.bcryptHash(password, config.security().passwordCost());
    }

    /** @param hash the stored hash, or {@code null} for a user that does not exist (always false, same cost) */
    public boolean matches(String password, String hash) {
        if (hash == null) {
            BcryptUtil.matches(password, decoy());
            return false;
        }
        return BcryptUtil.matches(password, hash);
    }

    /** 20 characters from 57 letters and digits without look-alikes: about 117 bits. */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private String decoy() {
        if (decoy == null) {
            decoy = hash(generate());
        }
        return decoy;
    }
}
