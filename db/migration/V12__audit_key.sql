-- The audit chain becomes keyed (HMAC-SHA-256 with a key held outside the database).
-- Events written before this migration keep their plain SHA-256 hash and are marked
-- with the key id 'sha256'; every later event names the id of the key it was signed with.
alter table lt_audit_event add column key_id varchar(16) not null default 'sha256';

-- The head row is signed too, so that rolling it back to an earlier event (after deleting
-- the latest ones) needs the key.
alter table lt_audit_head add column key_id varchar(16) not null default 'sha256';
alter table lt_audit_head add column mac char(64);

-- Signed checkpoints of the head, kept as files in the content store where a database
-- writer cannot rewrite them; this table only says where they are. One checkpoint per
-- head event: two nodes checkpointing the same head keep one row.
create table lt_audit_checkpoint (
    id bigint auto_increment primary key,
    event_id bigint not null,
    event_hash char(64) not null,
    event_count bigint not null,
    key_id varchar(16) not null,
    created_at datetime(3) not null,
    content_sha256 char(64) not null,
    constraint uq_audit_checkpoint_event unique (event_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
