-- One row per content object documents have been captured with, kept for good (also for
-- bytes whose capture failed). A capture locks its object's row before it places the
-- bytes; an erasure, and the clean-up after a failed capture, lock the same row before they
-- check that nothing uses the bytes: a document being captured never loses its content to
-- either, whichever comes first (document/ContentObjects).
create table lt_content (
  content_sha256 varchar(64) not null primary key
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

insert into lt_content (content_sha256) select distinct content_sha256 from lt_document;
