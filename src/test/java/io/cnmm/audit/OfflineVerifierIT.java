package io.cnmm.audit;

import static io.cnmm.testsupport.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline verifier exactly as docs/audit.md tells a third party to run it: a plain java
 * command on the packaged application's jars, with an export and the public key saved to files.
 */
@QuarkusIntegrationTest
class OfflineVerifierIT {

    @TempDir
    Path temp;

    @Test
    void verifiesASavedExportWithTheDocumentedCommand() throws Exception {
        String id = Api.submit(Api.createEnterprise("Offline Command Co"), Examples.body("progressing"));
        Path export = Files.write(temp.resolve("export.json"), given().get("/api/assessments/" + id + "/export.json").asByteArray());
        Path key = Files.write(temp.resolve("key.pem"), given().get("/api/signing-key").asByteArray());

        Result valid = run(export, key);
        assertEquals(0, valid.exit(), valid.output());
        assertTrue(valid.output().contains("VALID") && valid.output().contains(id), valid.output());

        String text = Files.readString(export);
        Path edited = Files.writeString(temp.resolve("edited.json"), text.replaceFirst("\"level\":3", "\"level\":4"));
        Result refused = run(edited, key);
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains("FAIL digest"), refused.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path export, Path key) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = "target/quarkus-app/lib/main/*" + File.pathSeparator + "target/quarkus-app/app/*";
        Process process = new ProcessBuilder(List.of(java, "-cp", classpath, "io.cnmm.audit.ExportVerifier",
                export.toString(), key.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the verifier finishes");
        return new Result(process.exitValue(), output);
    }
}
