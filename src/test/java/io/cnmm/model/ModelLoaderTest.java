package io.cnmm.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken model-data file stops the load with the file, the path inside it and the reason. */
class ModelLoaderTest {

    @TempDir
    Path root;

    @Test
    void loadsTheShippedModel() {
        MaturityModel model = new ModelLoader(ShippedModel.MODEL_DATA).load();
        assertEquals(44 + 20 + 33, model.indicators().size());
        assertEquals(List.of("T-RM", "T-OM", "T-RD", "T-AS"),
                model.parts().get(0).domains().stream().map(Domain::id).toList());
        assertEquals(FactType.PERCENT, model.facts().get("containerized_pct").type());
        assertEquals(5, model.topLevel());
    }

    @Test
    void reportsASchemaViolationWithFileAndPath() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(indicator(workspace, "T-RM-01"), "type: percent", "type: percentage");
        assertThat(problems(workspace)).anySatisfy(p -> {
            assertEquals("T/T-RM/T-RM-01.yaml", p.file());
            assertEquals("/facts/0/type", p.path());
        });
    }

    @Test
    void reportsASchemaViolationAtItsLine() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(indicator(workspace, "T-RM-01"), "type: percent", "type: percentage");
        assertThat(problems(workspace)).anySatisfy(p -> {
            assertEquals("/facts/0/type", p.path());
            assertEquals(8, p.line());
        });
    }

    @Test
    void explainsAnUnquotedCommaInYamlTermsAtItsLine() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(indicator(workspace, "T-RM-01"),
                "en: \"At least 80 % of the applications, stateful ones included, run in containers.\"",
                "en: At least 80 %, of the applications run in containers.");
        assertThat(problems(workspace)).singleElement().satisfies(p -> {
            assertEquals("T/T-RM/T-RM-01.yaml", p.file());
            assertEquals(26, p.line());
            assertThat(p.message()).contains("'of the applications run in containers.' is read as a key of its own")
                    .contains("put the whole text in double quotes").doesNotContain("schema");
        });
    }

    @Test
    void reportsBrokenYamlWithItsLine() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(indicator(workspace, "T-RM-02"), "id: T-RM-02", "id: [T-RM-02");
        assertThat(problems(workspace)).anySatisfy(p -> {
            assertEquals("T/T-RM/T-RM-02.yaml", p.file());
            assertEquals(3, p.line());
            assertThat(p.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void refusesALineTooLongForTheYamlParserAtItsLineBeforeParsing() {
        Workspace workspace = Workspace.copyOfShipped(root);
        int idLine = workspace.read(indicator(workspace, "T-RM-02")).lines().toList().indexOf("id: T-RM-02") + 1;
        workspace.edit(indicator(workspace, "T-RM-02"), "id: T-RM-02", "id: T-RM-02\nnote: " + "x".repeat(YamlFiles.MAX_LINE));
        assertThat(problems(workspace)).anySatisfy(p -> {
            assertEquals("T/T-RM/T-RM-02.yaml", p.file());
            assertEquals(idLine + 1, p.line());
            assertThat(p.message()).startsWith("the line is longer than 4000 characters");
        });
    }

    @Test
    void refusesAYamlFileByItsSizeBeforeParsing() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(indicator(workspace, "T-RM-02"), "id: T-RM-02", "id: T-RM-02\n" + "# padding\n".repeat(30_000));
        assertThat(problems(workspace)).anySatisfy(p -> {
            assertEquals("T/T-RM/T-RM-02.yaml", p.file());
            assertThat(p.message()).isEqualTo("the file is larger than 256 KB, the limit for a YAML file");
        });
    }

    @Test
    void neverFetchesWhatASchemaRefersTo() throws java.io.IOException {
        var requests = new java.util.concurrent.atomic.AtomicInteger();
        var listener = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        listener.start();
        try {
            for (String reference : List.of("http://127.0.0.1:" + listener.getAddress().getPort() + "/x.json", "file:///etc/passwd")) {
                Workspace workspace = Workspace.copyOfShipped(root.resolve(String.valueOf(reference.hashCode())));
                workspace.edit(workspace.modelData().resolve("schema/indicator.schema.json"), "\"$ref\": \"#/$defs/text\"",
                        "\"$ref\": \"" + reference + "\"");
                assertThat(problems(workspace)).singleElement().satisfies(p -> {
                    assertEquals("schema/indicator.schema.json", p.file());
                    assertThat(p.message()).contains("may refer to nothing outside itself");
                });
            }
        } finally {
            listener.stop(0);
        }
        assertEquals(0, requests.get());
    }

    @Test
    void refusesAFactKeyDeclaredTwice() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(indicator(workspace, "T-RM-02"), "key: workloads_on_orchestrator_pct", "key: containerized_pct");
        assertThat(problems(workspace)).anySatisfy(p -> {
            assertEquals("T/T-RM/T-RM-02.yaml", p.file());
            assertThat(p.message()).contains("containerized_pct is already declared by T-RM-01");
        });
    }

    @Test
    void refusesAnIndicatorOfAnUndeclaredDomain() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(indicator(workspace, "T-RM-03"), "domain: T-RM", "domain: T-XX");
        assertThat(problems(workspace)).anySatisfy(p -> assertThat(p.toString())
                .isEqualTo("T/T-RM/T-RM-03.yaml at /domain: domain T-XX is not declared in model.yaml"));
    }

    @Test
    void refusesAFileWhoseIdDoesNotMatchItsName() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(indicator(workspace, "T-RM-04"), "id: T-RM-04", "id: T-RM-44");
        assertThat(problems(workspace)).anySatisfy(p -> assertThat(p.message()).contains("does not match the file name"));
    }

    @Test
    void refusesAnUnknownAggregation() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("model.yaml"), "overall: {aggregation: MIN}", "overall: {aggregation: AVG}");
        assertThat(problems(workspace)).anySatisfy(p -> {
            assertEquals("model.yaml", p.file());
            assertEquals("/overall/aggregation", p.path());
        });
    }

    private static Path indicator(Workspace workspace, String id) {
        return workspace.modelData().resolve("T/" + id.substring(0, 4) + "/" + id + ".yaml");
    }

    private static List<SourceProblem> problems(Workspace workspace) {
        return assertThrows(ModelDataException.class, workspace::model).problems();
    }
}
