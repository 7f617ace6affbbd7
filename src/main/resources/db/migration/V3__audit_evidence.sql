-- Audit evidence (docs/audit.md): the server's signing key, a signed hash chain over every stored
-- assessment, an append-only hash-chained log of every write, and named milestones.

-- The Ed25519 key that signs assessment seals. Created by the first replica to start, under an
-- advisory lock, and shared by all: every replica signs with the same key. The newest row signs;
-- older rows stay so that seals made with them can still be verified.
create table signing_key (
    -- sha256 of the public key in its X.509 SubjectPublicKeyInfo (DER) form
    key_id       varchar(80)  primary key,
    algorithm    varchar(20)  not null,
    public_key   text         not null,
    -- PKCS#8 DER, encrypted when cnmm.signing.key-password is set (see encryption)
    private_key  bytea        not null,
    -- none, or how private_key is encrypted
    encryption   varchar(60)  not null,
    created_at   timestamptz  not null
);

-- One seal per assessment, in one global chain: position 1, 2, 3, ... in the order they were
-- sealed; each names the digest of the one before it and is signed over (digest, previous).
create table assessment_seal (
    assessment_id    uuid         primary key references assessment (id),
    position         bigint       not null unique,
    -- sha256 of the assessment's canonical JSON, rebuilt from its stored rows
    digest           varchar(80)  not null,
    -- the digest of the assessment at position - 1; null only at position 1
    previous_digest  varchar(80),
    -- Ed25519 signature, base64, over "digest\nprevious_digest"
    signature        varchar(200) not null,
    key_id           varchar(80)  not null references signing_key (key_id),
    sealed_at        timestamptz  not null
);

-- Every write: who did what to which subject, when, with the digest of what changed. Each record
-- holds the hash of the one before it, so removing or changing one breaks the chain.
create table audit_log (
    -- 1, 2, 3, ... without gaps: a missing number is a removed record
    id              bigint       primary key,
    at              timestamptz  not null,
    actor           varchar(200) not null,
    action          varchar(60)  not null,
    subject         varchar(200) not null,
    content_digest  varchar(80)  not null,
    previous_hash   varchar(80),
    hash            varchar(80)  not null
);

-- Seals and log records are written once. These triggers stop the application (or a careless
-- statement) from changing them; someone able to drop a trigger can, and the chains show it.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function refuse_change();
create trigger assessment_seal_append_only before update or delete on assessment_seal
    for each row execute function refuse_change();

-- A name for an assessment worth coming back to ("before the migration", "Q3 certification").
-- Unlike the assessment it labels, a milestone can be renamed; every naming is in the audit log.
create table assessment_milestone (
    assessment_id  uuid         primary key references assessment (id),
    name           varchar(200) not null,
    named_at       timestamptz  not null,
    named_by       varchar(200) not null
);
