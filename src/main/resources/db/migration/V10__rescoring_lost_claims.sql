-- How often a batch was taken back from a replica whose lease ran out while it held the batch (it died,
-- hung or lost the database). A batch that crashes every JVM that evaluates it would otherwise be
-- claimed forever, one lease after another: at cnmm.rescoring.max-lost-claims the run is marked failed.
alter table rescoring_batch add column lost_claims integer not null default 0;
