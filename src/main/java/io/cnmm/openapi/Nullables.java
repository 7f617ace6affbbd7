package io.cnmm.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Declares null where the JSON may hold it. The service writes every field of its records, null
 * included (a level of an indicator that was not assessed, an assessment that is no re-evaluation),
 * and Java's reference types say no more than "may be absent": so a property the schema does not
 * list as required may be null, and a client generated from the document must accept that.
 */
final class Nullables {

    private Nullables() {
    }

    static void declare(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        for (Schema schema : schemas.values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map.copyOf(properties).forEach((name, property) -> {
                if (!required.contains(name)) {
                    schema.addProperty(name, nullable(property, schemas));
                }
            });
        }
    }

    private static Schema nullable(Schema property, Map<String, Schema> schemas) {
        if (property.getRef() != null) {
            // OpenAPI 3.0 cannot make a reference nullable (nullable does not reach into allOf): a scalar
            // (UUID, Instant, an enumeration) is written in place; an object is one of the reference or null.
            Schema target = schemas.get(property.getRef().substring(property.getRef().lastIndexOf('/') + 1));
            if (target == null || target.getType() == null || target.getType().contains(Schema.SchemaType.OBJECT)) {
                // the object, or null: a nullable object without members stands for null in OpenAPI 3.0
                Schema onlyNull = OASFactory.createSchema().type(new ArrayList<>(List.of(Schema.SchemaType.OBJECT,
                        Schema.SchemaType.NULL))).maxProperties(0);
                return OASFactory.createSchema().anyOf(List.of(property, onlyNull));
            }
            property = OASFactory.createSchema().type(new ArrayList<>(target.getType())).format(target.getFormat())
                    .pattern(target.getPattern()).enumeration(target.getEnumeration()).description(target.getDescription());
        }
        if (property.getType() != null && !property.getType().isEmpty()
                && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }
}
