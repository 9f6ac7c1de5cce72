-- Wrong passwords lock a login for a while (security/LoginLocks), and an administrator
-- may disable a login: kept here, not in the node's memory, so that every node agrees.
-- One row per user who failed at least once or was disabled; no row means neither.
create table lt_user_login (
    user_id varchar(64) not null,
    failed_attempts int not null default 0,
    locked_until datetime(3),
    disabled_at datetime(3),
    updated_at datetime(3) not null,
    primary key (user_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
