-- Content to erase once the destruction that decided it has committed: the bytes go only
-- after the rows say DESTROYED, so a rolled-back or crashed erasure step never loses the
-- content of a file that stays (a hold placed before the retry, say). A node that dies
-- between the commit and the erasure leaves the entries here; the next erasure step or
-- the next start erases them.
create table lt_content_erasure (
  content_sha256 varchar(64) not null primary key,
  queued_at timestamp not null
);
