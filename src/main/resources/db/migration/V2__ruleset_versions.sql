-- Published ruleset versions: immutable and content-addressed. A version row is written once,
-- after its bundle passed validation, and never updated; only valid versions exist here.
create table ruleset_version (
    digest          varchar(80)  primary key,
    -- SHA-256 of the rule files and model data the evaluations depend on (what assessments record)
    ruleset_digest  varchar(80)  not null,
    model_version   varchar(50)  not null,
    rule_count      integer      not null,
    indicator_count integer      not null,
    author          varchar(200) not null,
    message         text         not null,
    published_at    timestamptz  not null,
    -- how the scenarios went when it was published, e.g. "1374 of 1374 passed"
    scenarios       varchar(200) not null,
    -- the bundle as a zip: rules/ and model-data/
    content         bytea        not null
);

-- Which version is active: the newest activation. Activating or rolling back is one insert, so it
-- is atomic, and the history of what was active when is kept.
create table ruleset_activation (
    id            bigint       generated always as identity primary key,
    digest        varchar(80)  not null references ruleset_version (digest),
    activated_at  timestamptz  not null,
    activated_by  varchar(200) not null,
    -- activate, rollback, bootstrap (first start on an empty database) or folder (development)
    kind          varchar(20)  not null
);

-- Every assessment names the published version it was evaluated with. Re-evaluations link to the
-- assessment they re-evaluated.
alter table assessment add column ruleset_version varchar(80) references ruleset_version (digest);
alter table assessment add column reevaluation_of uuid references assessment (id);
