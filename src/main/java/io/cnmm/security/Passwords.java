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

    public String hash(String password) {
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
