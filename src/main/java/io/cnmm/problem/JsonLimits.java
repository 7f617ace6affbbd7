package io.cnmm.problem;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Limits on every JSON body the API reads, and strict types, far above what a real request needs (an assessment is
 * a flat object of about 500 facts, some 30 KB) and far below what would cost the service: a
 * hostile body is refused while it is read, before it is held in memory or reaches a database.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    public static final int MAX_DOCUMENT_CHARS = 1_000_000;
    public static final int MAX_NESTING = 32;
    public static final int MAX_STRING_CHARS = 20_000;
    public static final int MAX_NUMBER_DIGITS = 50;
    public static final int MAX_NAME_CHARS = 1_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_CHARS)
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNumberLength(MAX_NUMBER_DIGITS)
                .maxNameLength(MAX_NAME_CHARS)
                .build());
        // And no guessing: "true" is not a boolean, 5 is not a name, 1.5 is not 1, null is not false,
        // and one JSON value is the whole body.
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        // Decimals in untyped values (facts) are kept as written, so 24.99999999999999999 is not read as 25
        // and can be refused for its digits (FactParser) instead of meeting "≥ 25".
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Jackson reads a blank string ("", or one of control characters) as null, which would mean "use the default".
        mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
    }

    /** Jackson's message names the limit and its setter; a client needs only the first. */
    static String describe(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        int setter = message.indexOf(" (");
        return "the body is past a JSON limit: " + (setter > 0 ? message.substring(0, setter) : message)
                + "; limits: " + MAX_DOCUMENT_CHARS + " characters, nesting " + MAX_NESTING + ", strings "
                + MAX_STRING_CHARS + " characters, numbers " + MAX_NUMBER_DIGITS + " digits";
    }
}
