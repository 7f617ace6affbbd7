package io.cnmm.publishing;

import io.cnmm.problem.FieldError;
import io.cnmm.problem.RequestProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An Excel workbook ({@code .xlsx}) is a zip of XML files: a small upload can hold a sheet of
 * hundreds of megabytes, which Apache POI would read whole. Its unpacked size is measured here,
 * by unpacking it into nothing, before POI ever sees it.
 */
final class Workbooks {

    private static final int MAX_PARTS = 1_000;

    private Workbooks() {
    }

    /** @throws RequestProblem when the workbook is not a zip or unpacks to more than {@link BundlePaths#MAX_WORKBOOK} */
    static long unpackedSize(String path, byte[] workbook) {
        long size = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw refused(path, "it holds more than " + MAX_PARTS + " parts");
                }
                size += drain(zip, buffer, BundlePaths.MAX_WORKBOOK - size);
                if (size > BundlePaths.MAX_WORKBOOK) {
                    throw refused(path, "it unpacks to more than " + BundlePaths.MAX_WORKBOOK / BundlePaths.KB
                            + " KB, the limit for a workbook");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused(path, "it is not a readable .xlsx workbook");
        }
        return size;
    }

    /** Reads at most {@code budget + 1} bytes of the current part, keeping none of them. */
    private static long drain(InputStream part, byte[] buffer, long budget) throws IOException {
        long read = 0;
        for (int n; read <= budget && (n = part.read(buffer, 0, (int) Math.min(buffer.length, budget + 1 - read))) > 0; ) {
            read += n;
        }
        return read;
    }

    private static RequestProblem refused(String path, String why) {
        String reason = path + " cannot be used: " + why;
        return new RequestProblem("the ruleset bundle cannot be used: " + reason, List.of(new FieldError("bundle", reason)));
    }
}
