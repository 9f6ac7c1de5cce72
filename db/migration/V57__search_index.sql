-- Search (README "Tìm kiếm / Search"): a portable inverted index of folded words, the same
-- SQL on H2, MySQL 8 and MariaDB. MySQL's FULLTEXT drops tokens under three letters and
-- ships a stopword list, which loses most Vietnamese syllables ("lá", "đi", "hồ sơ").
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.

-- 0 = waiting for the indexer, 1 = indexed. New rows (every capture path, bulk intake,
-- seeders) arrive as 0 by the default, so nothing that writes files or documents needs
-- to know about search. The indexes give the indexer its next chunk without a scan.
alter table lt_record_file add column search_state smallint not null default 0;
alter table lt_document add column search_state smallint not null default 0;
create index idx_record_file_search_state on lt_record_file (search_state, id);
create index idx_document_search_state on lt_document (search_state, id);

-- Folded words (lower case, no diacritics, đ -> d) -> the files they occur in: in the
-- file's metadata, its documents' metadata or their text. Read in (term, file_id) order,
-- a word's files come newest first without a sort.
create table lt_search_term (
    term varchar(40) not null,
    file_id bigint not null,
    primary key (term, file_id),
    constraint fk_search_term_file foreign key (file_id) references lt_record_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index idx_search_term_file on lt_search_term (file_id);

-- The folded text of a file's metadata (source_id 0) and of each document (source_id =
-- the document's id: its metadata and the text extracted from its content, at most
-- luutru.search.max-text characters). Phrases are checked against it; the file's terms
-- are rebuilt from it.
create table lt_search_text (
    file_id bigint not null,
    source_id bigint not null,
    folded mediumtext not null,
    primary key (file_id, source_id),
    constraint fk_search_text_file foreign key (file_id) references lt_record_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
