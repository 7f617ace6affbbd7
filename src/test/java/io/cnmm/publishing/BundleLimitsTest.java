package io.cnmm.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.ShippedModel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An upload is hostile until checked: what it may hold, how large it may unpack, what it may make
 * the service fetch, and where it may be written (nowhere: bundles are checked in memory). Each
 * case is refused with a 422 naming the entry, at a scenario run as at publish.
 */
@QuarkusTest
class BundleLimitsTest {

    private static final String SCENARIO_RUNS = "/api/rulesets/scenario-runs";

    private HttpServer listener;
    private final AtomicInteger fetched = new AtomicInteger();
    private Api.User author;
    private long temporaryFolders;

    @BeforeEach
    void listenForFetches() throws IOException {
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        listener.start();
        author = Api.createUser("upload", "rule-author");
        temporaryFolders = bundleFolders();
    }

    @AfterEach
    void nothingWasWrittenToDisk() {
        listener.stop(0);
        assertEquals(temporaryFolders, bundleFolders(), "a bundle was unpacked on disk");
    }

    @Test
    void neverFetchesWhatASchemaInTheBundleNames() throws IOException {
        for (String reference : List.of("http://127.0.0.1:" + listener.getAddress().getPort() + "/schema.json",
                "file:///etc/passwd")) {
            String schema = Files.readString(ShippedModel.MODEL_DATA.resolve("schema/indicator.schema.json"))
                    .replace("\"$ref\": \"#/$defs/text\"", "\"$ref\": \"" + reference + "\"");
            byte[] bundle = Bundles.shippedPlus("model-data/schema/indicator.schema.json", utf8(schema));
            for (String endpoint : List.of(SCENARIO_RUNS, "/api/rulesets?message=ssrf")) {
                refused(endpoint, bundle).body("problems[0].file", org.hamcrest.Matchers.equalTo("model-data/schema/indicator.schema.json"))
                        .body("problems[0].message", containsString("JSON Schemas are the server's own"));
            }
        }
        assertEquals(0, fetched.get());
    }

    @Test
    void countsWhatAWorkbookUnpacksToBeforeReadingIt() {
        byte[] bomb = Bundles.zipOfFiles(Map.of("[Content_Types].xml", utf8("<Types/>"), "xl/worksheets/sheet1.xml",
                utf8("<sheetData>" + "<row><c><v>1</v></c></row>".repeat(3_600_000) + "</sheetData>")));
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024); // 90 MB of sheet in a small upload
        byte[] bundle = Bundles.shippedPlus("rules/T/T-OM/T-OM-06.drl.xlsx", bomb);
        detail(SCENARIO_RUNS, bundle).contains("T-OM-06.drl.xlsx cannot be used: it unpacks to more than 4096 KB");
    }

    @Test
    void countsWhatAWorkbookUnpacksToWhateverItIsCalled() {
        // Apache POI goes by the content: a zipped workbook named .xls is still a zip.
        byte[] bomb = Bundles.zipOfFiles(Map.of("[Content_Types].xml", utf8("<Types/>"), "xl/worksheets/sheet1.xml",
                utf8("<sheetData>" + "<row><c><v>1</v></c></row>".repeat(400_000) + "</sheetData>")));
        detail(SCENARIO_RUNS, Bundles.shippedPlus("rules/T/T-OM/T-OM-06.drl.xls", bomb))
                .contains("T-OM-06.drl.xls cannot be used: it unpacks to more than 4096 KB");
    }

    @Test
    void countsWhatLitterUnpacksToThoughItIsLeftOut() {
        byte[] bundle = Bundles.shippedPlus("__MACOSX/rules/._T-RM-01.drl", new byte[40 * 1024 * 1024]);
        detail(SCENARIO_RUNS, bundle).contains("the bundle unpacks to more than 5000 files or 32 MB");
    }

    @Test
    void refusesARuleFileWhoseNameTheCompilerWouldNotRead() {
        detail(SCENARIO_RUNS, Bundles.shippedPlus("rules/T/T-RM/T-RM-99.DRL", utf8("package rules.t.rm;")))
                .contains("\"rules/T/T-RM/T-RM-99.DRL\" is not a file a ruleset may hold");
    }

    @Test
    void refusesTextThatWouldHoldTheParserBeforeParsingIt() {
        byte[] bundle = Bundles.shippedPlus("rules/T/T-RM/slow.drl", utf8("package rules.t.rm;\nrule \"slow\" when\n"
                + "    Fact(key == \"containerized_pct\", number >= " + "(a)".repeat(24) + "25)\nthen end\n"));
        refused(SCENARIO_RUNS, bundle).body("problems[0].file", org.hamcrest.Matchers.equalTo("rules/T/T-RM/slow.drl"))
                .body("problems[0].message", containsString("the file is refused before it is read"));
    }

    @Test
    void refusesAYamlFileByItsSizeBeforeParsingIt() {
        String huge = "name: {en: \"" + "x".repeat(20 * 1024 * 1024) + "\"}\n";
        byte[] bundle = Bundles.shippedPlus("model-data/T/T-RM/T-RM-01.yaml", utf8(huge));
        assertThat(bundle.length).isLessThan(1024 * 1024);
        detail(SCENARIO_RUNS, bundle).contains("model-data/T/T-RM/T-RM-01.yaml is larger than 256 KB");
    }

    @Test
    void refusesAFileAndAFolderOfOneName() {
        byte[] bundle = Bundles.shippedPlus("rules/T/T-RM/T-RM-01.drl/inside.drl", utf8("package rules.t.rm;"));
        detail(SCENARIO_RUNS, bundle).contains("make one name both a file and a folder");
    }

    @Test
    void refusesALongEntryNameAndNamesThatAreNotPlainText() {
        detail(SCENARIO_RUNS, Bundles.shippedPlus("rules/T/" + "x".repeat(300) + ".drl", utf8("package rules.t;")))
                .contains("is not a file a ruleset may hold");
        detail(SCENARIO_RUNS, Bundles.shippedPlus("rules/T/a\u0000b.drl", utf8("package rules.t;")))
                .contains("\"rules/T/a?b.drl\" is not a file a ruleset may hold").doesNotContain("\u0000");
        detail(SCENARIO_RUNS, Bundles.shippedPlus("rules/../etc/x.drl", utf8("package rules.t;")))
                .contains("is not a file a ruleset may hold");
    }

    @Test
    void refusesAnEntryGivenTwice() {
        // Zip tools refuse to write a name twice: write another of the same length, then rename it in the bytes.
        String zip = new String(Bundles.zipOf("model-data/model.yaml", "x", "rules/README.md", "a", "rules/README.mX", "b"),
                StandardCharsets.ISO_8859_1).replace("rules/README.mX", "rules/README.md");
        detail(SCENARIO_RUNS, zip.getBytes(StandardCharsets.ISO_8859_1)).contains("\"rules/README.md\" is in the zip twice");
    }

    @Test
    void refusesWhatIsNotAZip() {
        detail(SCENARIO_RUNS, utf8("PK\u0003\u0004 not really")).contains("not a readable zip file");
    }

    @Test
    void namesNoJavaClassWhenAWorkbookCannotBeRead() {
        byte[] notAWorkbook = Bundles.zipOfFiles(Map.of("[Content_Types].xml", utf8("<Types"), "xl/workbook.xml", utf8("<workbook")));
        JsonPath problem = refused(SCENARIO_RUNS, Bundles.shippedPlus("rules/T/T-OM/T-OM-06.drl.xlsx", notAWorkbook))
                .extract().jsonPath();
        String answer = problem.prettify();
        assertThat(answer).contains("T-OM-06.drl.xlsx").doesNotContainPattern("\\b(org|java|javax|com|io)\\.[a-z]+\\.");
    }

    private ValidatableResponse refused(String endpoint, byte[] bundle) {
        return author.given().contentType("application/zip").body(bundle).post(endpoint)
                .then().statusCode(422).contentType("application/problem+json");
    }

    private org.assertj.core.api.AbstractStringAssert<?> detail(String endpoint, byte[] bundle) {
        return assertThat(refused(endpoint, bundle).body("type", endsWith("/invalid-request")).extract().<String>path("detail"));
    }

    /** Folders a bundle unpacked on disk would leave in the temporary folder, as the service once did. */
    private static long bundleFolders() {
        return Objects.requireNonNull(new File(System.getProperty("java.io.tmpdir")).list((dir, name) -> name.startsWith("cnmm-bundle-"))).length;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
