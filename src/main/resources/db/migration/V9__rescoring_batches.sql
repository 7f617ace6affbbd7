-- A re-scoring's work as batches that any replica claims (io.cnmm.rescoring.RescoringBatches).
-- The batches are fixed when the run starts: each lists the original assessments it covers, so
-- assessments submitted during the run change no batch, and each original is in exactly one.
-- A replica claims an open batch with FOR UPDATE SKIP LOCKED and a lease; a batch whose lease ran out
-- (its replica died or stalled) is claimed again. A batch is marked done in the transaction that
-- stores its re-evaluated assessments, so a batch is either stored whole once or not at all.
create table rescoring_batch (
    rescoring_id   uuid         not null references rescoring (id),
    number         integer      not null,
    assessment_ids uuid[]       not null,
    -- the replica working on it, and until when its claim holds; both null when nobody holds it
    claimed_by     varchar(200),
    lease_until    timestamptz,
    -- claims so far, and how many of them ended in an error of the batch's own (not a lease that ran
    -- out, a give-back at shutdown or a database outage): cnmm.rescoring.max-attempts such errors fail the run
    attempts       integer      not null default 0,
    failures       integer      not null default 0,
    last_error     text,
    done_by        varchar(200),
    done_at        timestamptz,
    primary key (rescoring_id, number)
);
-- What replicas look for: open batches.
create index rescoring_batch_open on rescoring_batch (rescoring_id, number) where done_at is null;

-- Runs started before this version ran in one replica's memory, which the upgrade ended: they can
-- never finish. The batches they stored stay stored; start the run again for the rest.
update rescoring set status = 'failed', finished_at = now(),
    error = 'interrupted by the upgrade to shared re-scoring batches; start it again'
    where status = 'running';
