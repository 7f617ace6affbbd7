-- Users who sign in with HTTP Basic (docs/security.md). Users of an OpenID Connect provider are not
-- stored here: the provider vouches for them; their enterprise assignments are kept below all the same.
create table app_user (
    username       varchar(100) primary key,
    -- bcrypt in Modular Crypt Format ($2a$cost$salt+hash): salted, and its cost is stored with it
    password_hash  varchar(100) not null,
    -- comma-separated: assessor, auditor, rule-author, admin
    roles          varchar(200) not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null
);

-- Which enterprises an assessor or auditor may see, by user name (a stored user's or a provider's).
create table enterprise_assignment (
    username       varchar(200) not null,
    enterprise_id  uuid         not null references enterprise (id),
    primary key (username, enterprise_id)
);

-- Users granted every enterprise (auditors of the whole service), by user name.
create table enterprise_wide_access (
    username       varchar(200) primary key
);
