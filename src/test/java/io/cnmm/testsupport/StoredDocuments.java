package io.cnmm.testsupport;

/**
 * SQL that changes one element of a stored assessment's result documents behind the service's
 * back, as someone with write access to the database could. Parameter {@code ?1} is the
 * assessment's id.
 */
public final class StoredDocuments {

    private StoredDocuments() {
    }

    /**
     * Sets {@code field} to {@code value} (an SQL expression over the element {@code e}) in the
     * elements of the JSON list {@code column} whose {@code key} is {@code keyValue}.
     */
    public static String change(String column, String key, String keyValue, String field, String value) {
        return "update assessment set " + column + " = (select jsonb_agg(case when e->>'" + key + "' = '" + keyValue
                + "' then jsonb_set(e, '{" + field + "}', " + value + ") else e end order by n)"
                + " from jsonb_array_elements(" + column + ") with ordinality as elements(e, n)) where id = ?1";
    }

    /** Sets an indicator's stored level to an SQL expression over its current {@code level}. */
    public static String indicatorLevel(String indicator, String level) {
        return change("indicators", "id", indicator, "level", "to_jsonb(" + level.replace("level", "(e->>'level')::int") + ")");
    }
}
