-- lt_content_erasure (V8) was created without a character set, so on a database whose
-- default collation is not utf8mb4_unicode_ci (MariaDB's utf8mb4_general_ci, say) its
-- checksums could not be compared with the other tables' in one query ("Illegal mix of
-- collations", the store reconciliation's union). Rebuilt as every other table is.
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.
create table lt_content_erasure_v36 (
  content_sha256 varchar(64) not null primary key,
  queued_at timestamp not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

insert into lt_content_erasure_v36 (content_sha256, queued_at)
  select content_sha256, queued_at from lt_content_erasure;

drop table lt_content_erasure;

alter table lt_content_erasure_v36 rename to lt_content_erasure;
