-- PRONOM format identifier of each document's content (e.g. fmt/276, fmt/354, fmt/412),
-- beside its media type; UNKNOWN when no signature identifies it. Null for documents
-- captured before identification existed: a background step fills them in bounded
-- batches, using the index. One script for H2 (MySQL mode), MySQL 8 and MariaDB.
alter table lt_document add column format_puid varchar(20);

create index idx_document_format_puid on lt_document (format_puid);
