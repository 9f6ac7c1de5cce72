-- One row per content object documents have been captured with, kept for good. A capture
-- locks its object's row (an upsert) before it places the bytes, and an erasure locks the
-- same row before it checks that no live document uses them: a document being captured
-- never loses its content to an erasure of the same bytes, whichever comes first.
create table lt_content (
  content_sha256 varchar(64) not null primary key
);

insert into lt_content (content_sha256) select distinct content_sha256 from lt_document;
