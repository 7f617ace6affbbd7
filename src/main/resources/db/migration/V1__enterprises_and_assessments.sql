-- Enterprises and their assessments. An assessment is written once, in one transaction, with
-- everything that justifies it; it is never updated afterwards.

create table enterprise (
    id          uuid         primary key,
    name        varchar(200) not null,
    industry    varchar(100),
    created_at  timestamptz  not null
);

create table assessment (
    id              uuid        primary key,
    enterprise_id   uuid        not null references enterprise (id),
    created_at      timestamptz not null,
    model_version   varchar(50) not null,
    -- SHA-256 of the rule files the result was derived from
    ruleset_digest  varchar(80) not null,
    facts           jsonb       not null,
    overall_level   integer ,
    overall         jsonb
);
create index assessment_by_enterprise on assessment (enterprise_id, created_at desc);

create table assessment_indicator (
    assessment_id  uuid        not null references assessment (id) on delete cascade,
    position       integer     not null,
    indicator_id   varchar(20) not null,
    part_id        varchar(5)  not null,
    domain_id      varchar(10) not null,
    provisional    boolean     not null,
    assessed       boolean     not null,
    level          integer ,
    missing_facts  jsonb       not null,
    gaps           jsonb       not null,
    primary key (assessment_id, position)
);

-- Domain, characteristic and part levels, with the levels each was computed from
create table assessment_aggregate (
    assessment_id  uuid        not null references assessment (id) on delete cascade,
    position       integer     not null,
    scope          varchar(20) not null,
    ref_id         varchar(40) not null,
    parent_id      varchar(20),
    level          integer ,
    aggregation    varchar(20) not null,
    inputs         jsonb       not null,
    not_assessed   jsonb       not null,
    all_at_top     boolean     not null,
    provisional    boolean     not null,
    primary key (assessment_id, position)
);

create table assessment_advice (
    assessment_id  uuid        not null references assessment (id) on delete cascade,
    position       integer     not null,
    indicator_id   varchar(20) not null,
    domain_id      varchar(10) not null,
    provisional    boolean     not null,
    from_level     integer     not null,
    to_level       integer     not null,
    text_zh        text        not null,
    text_en        text        not null,
    reason         text        not null,
    primary key (assessment_id, position)
);

-- Every rule firing, in order, with the facts it matched and derived
create table assessment_trace (
    assessment_id  uuid         not null references assessment (id) on delete cascade,
    position       integer      not null,
    rule_name      varchar(500) not null,
    rule_file      varchar(500) not null,
    stage          varchar(30)  not null,
    indicator_id   varchar(20),
    level          integer ,
    matched        jsonb        not null,
    derived        jsonb        not null,
    primary key (assessment_id, position)
);
