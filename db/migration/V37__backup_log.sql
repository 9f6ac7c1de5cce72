-- Backup log (nhật ký sao lưu, TT 05/2025 Đ27; backup/Backups): one row per backup set,
-- who or what started it, its kind, the set it builds on, how far it got and how it ended.
-- A set whose row is not DONE is never a base nor restored. A running backup touches
-- alive_at every minute: one that stopped touching it (its node was killed) is failed by
-- the next backup. One script for H2 (MySQL mode),
-- MySQL 8 and MariaDB.
create table lt_backup (
    id bigint auto_increment primary key,
    set_name varchar(60) not null,
    kind varchar(20) not null,
    status varchar(20) not null,
    base_set_name varchar(60),
    started_by varchar(64) not null,
    trigger_kind varchar(20) not null,
    started_at datetime(3) not null,
    finished_at datetime(3),
    alive_at datetime(3) not null,
    objects_total bigint not null default 0,
    objects_done bigint not null default 0,
    objects_copied bigint not null default 0,
    table_count int not null default 0,
    row_count bigint not null default 0,
    bytes_written bigint not null default 0,
    target varchar(1000) not null,
    error text,
    incident_id bigint,
    constraint uq_backup_set unique (set_name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_backup_status on lt_backup (status, id);
