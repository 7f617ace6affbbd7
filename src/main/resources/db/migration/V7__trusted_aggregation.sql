-- Aggregation rule sets the service trusts besides its installation's own (io.cnmm.evaluation.TrustedAggregation):
-- every set an installation of this service has had, recorded by each replica when it starts. After an upgrade that
-- changes rules/aggregation/, versions published with the earlier set can still be compiled, for replay and rollback.
-- Only the service writes here, from its own installation folders; an upload never adds a set.
create table trusted_aggregation (
    digest      varchar(80)  primary key,
    first_seen  timestamptz  not null,
    -- the folder it was read from, for people
    seen_in     varchar(500) not null
);
