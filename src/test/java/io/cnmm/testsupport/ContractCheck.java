package io.cnmm.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The client's side of the API contract: every answer a REST Assured test receives must be one the
 * served OpenAPI document declares for that operation (its status, media type, headers and body
 * schema), or the test that received it fails. Requests are not checked: the tests send wrong
 * ones on purpose. Installed for every {@code @QuarkusTest} by the callback service entry in
 * src/test/resources/META-INF/services.
 */
public final class ContractCheck implements OrderedFilter, QuarkusTestBeforeEachCallback {

    /** One document per JVM: every test application serves the same one (it is built with the jar). */
    private static volatile OpenApiInteractionValidator validator;

    private final String document;

    /** For the service loader: checks against the document the application under test serves. */
    public ContractCheck() {
        this(null);
    }

    /** Checks against the given document (a test of this check). */
    public ContractCheck(String document) {
        this.document = document;
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(ContractCheck.class::isInstance)) {
            RestAssured.filters(new ContractCheck());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response answer = context.next(request, response);
        if (SERVER_REFUSALS.contains(answer.statusCode())) {
            return answer; // the HTTP server's own, before any operation of the API is reached
        }
        ValidationReport report = validator(request).validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
        if (report.hasErrors()) {
            throw new OpenApiValidationFilter.OpenApiValidationException(report);
        }
        return answer;
    }

    /** 414 URI Too Long and 431 Request Header Fields Too Large: Vert.x answers them, not an operation. */
    private static final java.util.Set<Integer> SERVER_REFUSALS = java.util.Set.of(414, 431);

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE; // after authentication and logging filters: sees what was sent
    }

    private OpenApiInteractionValidator validator(FilterableRequestSpecification request) {
        if (document != null) {
            return of(document);
        }
        if (validator == null) {
            validator = of(served(URI.create(request.getBaseUri() + ":" + request.getPort() + "/q/openapi?format=json")));
        }
        return validator;
    }

    static OpenApiInteractionValidator of(String document) {
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                .build();
        return OpenApiInteractionValidator.createForInlineApiSpecification(document).withLevelResolver(levels).build();
    }

    private static String served(URI uri) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
