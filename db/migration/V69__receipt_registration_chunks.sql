-- An accepted SIP is registered in bounded chunks (luutru.receipt.register-chunk-documents),
-- each an async step in a transaction of its own: when the registration starts, every
-- document of the SIP is listed here in order (file by file, by position); a chunk
-- registers the next documents not yet registered, opening their file the first time
-- (file_id, on every row of the file) and setting document_id on each row it captures, so
-- that a resumed or repeated chunk takes only what is left. Progress (documents registered
-- of the total) is counted from these rows. One script for H2 (MySQL mode), MySQL 8 and
-- MariaDB.

create table lt_receipt_document (
    receipt_id bigint not null,
    seq int not null,
    root varchar(255) not null,
    file_code varchar(100) not null,
    doc_code varchar(200) not null,
    position int not null,
    data_path varchar(1000) not null,
    content_sha256 char(64) not null,
    file_id bigint,
    document_id bigint,
    primary key (receipt_id, seq),
    constraint fk_receipt_document_receipt foreign key (receipt_id) references lt_receipt (id),
    constraint fk_receipt_document_file foreign key (file_id) references lt_record_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_receipt_document_file on lt_receipt_document (receipt_id, file_code);
