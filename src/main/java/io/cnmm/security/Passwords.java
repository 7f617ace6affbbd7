package io.cnmm.security;

import io.cnmm.CnmmConfig;
import io.cnmm.problem.FieldError;
import io.cnmm.problem.RequestProblem;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Password hashing (bcrypt, a fresh salt per hash), the rules a password must meet, and the generated first password. */
@ApplicationScoped
public class Passwords {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    public static final int MAX_LENGTH = 72;
    public static final int MIN_LENGTH = 12;
    public static final String LENGTH_RULE = "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, at most "
            + MAX_LENGTH + " bytes in UTF-8";
    /**
     * No control characters (Unicode Cc) and no line or paragraph separators. bcrypt stops at NUL, so
     * twelve NULs would be the empty password and "secret\0" would be "secret"; the others nobody
     * types, and they hide in a password that is shown or copied.
     */
    public static final String PRINTABLE = "[^\\p{Cc}\\u2028\\u2029]*";
    public static final String PRINTABLE_RULE = "must not contain control characters or line separators";
    private static final Pattern PRINTABLE_PATTERN = Pattern.compile(PRINTABLE);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CnmmConfig config;

    // Hashed once, so an unknown user name costs a real bcrypt check too.
    private volatile String decoy;

    /** Why a password cannot be set, or empty when it can: one rule for users and the first administrator. */
    public static Optional<String> refusal(String password) {
        if (password.length() < MIN_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of(LENGTH_RULE); // counted as bcrypt counts: UTF-8 bytes, not characters
        }
        return printable(password) ? Optional.empty() : Optional.of(PRINTABLE_RULE);
    }

    static boolean printable(String password) {
        return PRINTABLE_PATTERN.matcher(password).matches();
    }

    public String hash(String password) {
        // Also behind the API's validation: a longer one would be cut silently, and then any extension of it would match.
        refusal(password).ifPresent(reason -> {
            throw new RequestProblem("password " + reason, List.of(new FieldError("password", reason)));
        });
        return BcryptUtil.bcryptHash(password, config.security().passwordCost());
    }

    /**
     * Always one bcrypt check, so the answer takes as long whether the user exists, the password is
     * wrong, or it is one that could never have been set.
     *
     * @param hash the stored hash, or {@code null} for a user that does not exist (always false)
     */
    public boolean matches(String password, String hash) {
        boolean matches = BcryptUtil.matches(password, hash == null ? decoy() : hash);
        // bcrypt would let "secret\0" match "secret"; no password with such characters is ever set.
        return matches && hash != null && printable(password);
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
