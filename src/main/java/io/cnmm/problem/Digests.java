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

    /**
     * {@code sha256:<hex>} over files by path: each path, its length in bytes and its bytes, in path
     * order. The length makes the encoding unambiguous: no other set of files, however its contents
     * are cut, gives the same bytes to hash.
     */
    public static String sha256Files(java.util.SortedMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(file.getValue().length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                sha.update(file.getValue());
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
