-- A transfer package is built in chunks (one async step each, well inside the job lock):
-- each record file's CSIP package is written and stored as a part of its own, recorded
-- here in a transaction of its own, and the last step joins the parts into the batch's
-- zip. lt_package_build fixes what every part must share (the package's creation time),
-- so that a part written twice, by a resumed or a duplicate step, gives the same bytes.
-- The part rows go when the batch's package is attached; the reconciliation then removes
-- the parts' objects. One script for H2 (MySQL mode), MySQL 8 and MariaDB.

create table lt_package_build (
    batch_id bigint not null primary key,
    created_at datetime(3) not null,
    files_total int not null,
    constraint fk_package_build_batch foreign key (batch_id) references lt_batch (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_package_part (
    batch_id bigint not null,
    file_id bigint not null,
    content_sha256 varchar(64) not null,
    content_size bigint not null,
    -- Bytes of the part's zip before its central directory: what the join copies as is.
    entries_size bigint not null,
    documents int not null,
    built_at datetime(3) not null,
    primary key (batch_id, file_id),
    constraint fk_package_part_build foreign key (batch_id) references lt_package_build (batch_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_package_part_content on lt_package_part (content_sha256);
