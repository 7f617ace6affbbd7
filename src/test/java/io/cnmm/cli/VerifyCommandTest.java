package io.cnmm.cli;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.CommandRun;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnmm verify}: an export the service sealed is valid offline; one changed byte is not. */
@QuarkusTest
class VerifyCommandTest {

    @TempDir
    Path temp;

    @Test
    void acceptsASealedExportAndRefusesAnEditedOne() throws IOException {
        String id = Api.submit(Api.createEnterprise("Verified Co"), Examples.body("progressing"));
        Path export = Files.write(temp.resolve("export.json"), given().get("/api/assessments/" + id + "/export.json").asByteArray());
        Path key = Files.write(temp.resolve("key.pem"), given().get("/api/signing-key").asByteArray());

        CommandRun valid = CommandRun.of("verify", export.toString(), key.toString());
        assertEquals(Cli.OK, valid.exitCode(), valid::err);
        assertThat(valid.out()).contains("assessment " + id).endsWith("VALID" + System.lineSeparator());

        String text = Files.readString(export);
        int at = text.indexOf("\"level\":3") + "\"level\":".length();
        Path edited = Files.writeString(temp.resolve("edited.json"), text.substring(0, at) + "4" + text.substring(at + 1));
        CommandRun refused = CommandRun.of("verify", edited.toString(), key.toString());
        assertEquals(Cli.PROBLEMS, refused.exitCode());
        assertThat(refused.out()).contains("FAIL digest").contains("NOT VALID");

        assertEquals(Cli.USAGE, CommandRun.of("verify", temp.resolve("missing.json").toString(), key.toString()).exitCode());
    }
}
