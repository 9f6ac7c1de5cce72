-- The destruction list as the council received it. Once the council has decided, the list
-- kept with the batch (list_sha256) is the one with its opinions; the list it reviewed
-- stays in the content store, referred to here, as the evidence of what it was shown.
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.
alter table lt_batch add column council_list_sha256 char(64);
