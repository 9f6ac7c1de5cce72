-- Search (README "Tìm kiếm / Search"): adjacent word pairs, so that a phrase of common
-- words ("báo cáo công tác") starts from its rarest pair instead of its rarest word.
-- A pair is two folded words that follow each other in one folded text of the file
-- (lt_search_text: its metadata, or one document), joined by one space: exactly what
-- "like '% a b %'" finds in those texts, so a two-word phrase needs no text check.
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.
create table lt_search_pair (
    term varchar(81) not null,
    file_id bigint not null,
    primary key (term, file_id),
    constraint fk_search_pair_file foreign key (file_id) references lt_record_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index idx_search_pair_file on lt_search_pair (file_id);

-- Files indexed before this script have no pairs yet: the indexer takes them up again.
update lt_record_file set search_state = 0 where search_state = 1;
