-- An assessment's derived result moves from ~600 rows in four tables into six JSON documents in
-- its own row. The rows were written once and only ever read whole, and writing them was half of a
-- submission's cost (BENCHMARKS.md). Each document is a list in the shape the API returns: the
-- same property names as the result records, a trace entry's sequence and an advice's rank being
-- their position + 1 as before. The evidence format (cnmm-assessment/1) does not change, so every
-- existing seal still verifies: the records rebuilt from these documents equal those rebuilt from
-- the rows (AssessmentResultMigrationTest).

alter table assessment
    add column indicators      jsonb,
    add column parts           jsonb,
    add column characteristics jsonb,
    add column domains         jsonb,
    add column advice          jsonb,
    add column trace           jsonb;

-- The documents are large (the trace of a full assessment is 190-330 kB of JSON) and PostgreSQL
-- compresses them. lz4 does that in half the time of the default pglz. Column compression exists
-- from PostgreSQL 14 (hence the statement is run by EXECUTE, so 13 does not parse it), and servers
-- built without lz4 refuse it: both keep pglz.
do $$
begin
    if current_setting('server_version_num')::int >= 140000 then
        execute 'alter table assessment
            alter column indicators      set compression lz4,
            alter column parts           set compression lz4,
            alter column characteristics set compression lz4,
            alter column domains         set compression lz4,
            alter column advice          set compression lz4,
            alter column trace           set compression lz4,
            alter column facts           set compression lz4';
    end if;
exception when feature_not_supported then
    raise notice 'lz4 is not available in this PostgreSQL build: result documents are compressed with pglz';
end
$$;

-- Only for this migration: one aggregate row as the document of an AggregateResult.
create function pg_temp.aggregate_document(g assessment_aggregate) returns jsonb language sql immutable as $$
    select jsonb_build_object('scope', g.scope, 'id', g.ref_id, 'parent', g.parent_id, 'level', g.level,
        'aggregation', g.aggregation, 'inputs', g.inputs, 'notAssessed', g.not_assessed,
        'allAtTop', g.all_at_top, 'provisional', g.provisional)
$$;

update assessment a set
    indicators = (select coalesce(jsonb_agg(jsonb_build_object(
            'id', i.indicator_id, 'part', i.part_id, 'domain', i.domain_id, 'provisional', i.provisional,
            'assessed', i.assessed, 'level', i.level, 'missingFacts', i.missing_facts, 'gaps', i.gaps)
            order by i.position), '[]'::jsonb)
        from assessment_indicator i where i.assessment_id = a.id),
    parts = (select coalesce(jsonb_agg(pg_temp.aggregate_document(g) order by g.position), '[]'::jsonb)
        from assessment_aggregate g where g.assessment_id = a.id and g.scope = 'part'),
    characteristics = (select coalesce(jsonb_agg(pg_temp.aggregate_document(g) order by g.position), '[]'::jsonb)
        from assessment_aggregate g where g.assessment_id = a.id and g.scope = 'characteristic'),
    domains = (select coalesce(jsonb_agg(pg_temp.aggregate_document(g) order by g.position), '[]'::jsonb)
        from assessment_aggregate g where g.assessment_id = a.id and g.scope = 'domain'),
    advice = (select coalesce(jsonb_agg(jsonb_build_object(
            'rank', v.position + 1, 'indicator', v.indicator_id, 'domain', v.domain_id,
            'provisional', v.provisional, 'fromLevel', v.from_level, 'toLevel', v.to_level,
            'text', jsonb_build_object('zh', v.text_zh, 'en', v.text_en), 'reason', v.reason)
            order by v.position), '[]'::jsonb)
        from assessment_advice v where v.assessment_id = a.id),
    trace = (select coalesce(jsonb_agg(jsonb_build_object(
            'sequence', t.position + 1, 'rule', t.rule_name, 'file', t.rule_file, 'stage', t.stage,
            'indicator', t.indicator_id, 'level', t.level, 'matched', t.matched, 'derived', t.derived)
            order by t.position), '[]'::jsonb)
        from assessment_trace t where t.assessment_id = a.id);

alter table assessment
    alter column indicators      set not null,
    alter column parts           set not null,
    alter column characteristics set not null,
    alter column domains         set not null,
    alter column advice          set not null,
    alter column trace           set not null;

drop function pg_temp.aggregate_document(assessment_aggregate);
drop table assessment_indicator, assessment_aggregate, assessment_advice, assessment_trace;
