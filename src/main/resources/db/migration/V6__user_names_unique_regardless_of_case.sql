-- User names are unique regardless of case: "Ada" and "ada" would be two accounts that people, the
-- audit log and the assignments (kept by name) tell apart only by case. The service refuses such a
-- name when it creates a user (409); this index is the backstop when two creates race. Signing in
-- stays exact: "ada" does not sign in as "Ada".
--
-- A database that already holds two names differing only in case cannot take the index: say which,
-- and stop, so that an operator renames all but one of each (docs/operations.md) and starts again.
do $$
declare
    clashing text;
begin
    select string_agg(username, ', ' order by username) into clashing from app_user
    where lower(username) in (select lower(username) from app_user group by 1 having count(*) > 1);
    if clashing is not null then
        raise exception 'user names that differ only in case: %. Rename all but one of each, then start again '
            '(docs/operations.md, "User names unique regardless of case")', clashing;
    end if;
end $$;

create unique index app_user_username_lower on app_user (lower(username));
