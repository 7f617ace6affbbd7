-- The HTTP benchmark's floor stores submissions here without evaluating them. The endpoint is off
-- unless cnmm.benchmark.bare-store=true, so in production this table stays empty.
create table benchmark_bare_store (
    id             uuid        primary key,
    enterprise_id  uuid        not null,
    created_at     timestamptz not null,
    body           jsonb       not null
);
