-- Bulk re-evaluation ("re-scoring") of stored assessments under a ruleset version, in batches.
-- Each re-evaluated assessment is stored like any other, linked by assessment.reevaluation_of.
create table rescoring (
    id             uuid         primary key,
    ruleset_version varchar(80) not null references ruleset_version (digest),
    requested_by   varchar(200) not null,
    requested_at   timestamptz  not null,
    -- latest: each enterprise's newest original assessment; all: every original assessment
    scope          varchar(10)  not null,
    batch_size     integer      not null,
    -- running, done or failed
    status         varchar(10)  not null,
    total          integer      not null,
    processed      integer      not null,
    changed_overall integer     not null,
    -- originals whose facts are not valid under the version (a fact it no longer declares)
    skipped        integer      not null,
    finished_at    timestamptz,
    error          text
);
alter table assessment add column rescoring_id uuid references rescoring (id);
create index assessment_by_rescoring on assessment (rescoring_id) where rescoring_id is not null;
