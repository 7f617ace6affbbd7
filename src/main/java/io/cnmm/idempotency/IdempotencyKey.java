package io.cnmm.idempotency;

import io.cnmm.audit.CanonicalJson;
import io.cnmm.problem.HeaderProblem;
import java.util.Optional;

/**
 * The client's name for one creating request, sent as {@code Idempotency-Key}: 1 to 255 printable
 * ASCII characters (a UUID is typical). Keys are the user's own: two users' equal keys are unrelated.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    /** Empty without the header; a 400 problem for a header no key may be. */
    public static Optional<IdempotencyKey> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.isEmpty() || header.length() > MAX_LENGTH) {
            throw new HeaderProblem(HEADER, "must be 1 to " + MAX_LENGTH + " characters, was " + header.length());
        }
        if (!header.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new HeaderProblem(HEADER, "must be printable ASCII characters only");
        }
        return Optional.of(new IdempotencyKey(header));
    }

    /**
     * What a retry must repeat to get the first answer back: the request's path and its body, as
     * canonical JSON, so that spacing and the order of fields do not count but every value does.
     */
    public static String digestOf(String path, Object body) {
        return CanonicalJson.sha256(path + "\n" + CanonicalJson.write(body));
    }
}
