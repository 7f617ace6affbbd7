-- Idempotency-Key (docs/api.md, "Safe retries"): the first answer to a creating request, per user and
-- key, written in the transaction that created what it names, and kept until expires_at.
create table idempotency_key (
    username        text        not null,
    idempotency_key text        not null,
    -- sha256 of the request's path and canonical body: a retry must repeat both
    request_digest  text        not null,
    status          integer     not null,
    location        text,
    body            text        not null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    primary key (username, idempotency_key)
);

-- The purge deletes by expiry.
create index idempotency_key_expires_at on idempotency_key (expires_at);
