package io.cnmm.problem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Content digests of the files experts write, so results can name exactly what produced them. */
public final class Digests {

    private Digests() {
    }

    /** {@code sha256:<hex>} over the names and contents (as UTF-8), in the order given. */
    public static String sha256(List<Map.Entry<String, String>> namedContents) {
        return sha256Bytes(namedContents.stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8))).toList());
    }

    /** {@code sha256:<hex>} over the names and raw contents, in the order given. */
    public static String sha256Bytes(List<Map.Entry<String, byte[]>> namedContents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> entry : namedContents) {
                sha.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(entry.getValue());
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
