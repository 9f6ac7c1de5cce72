-- A transfer batch's zip holds one E-ARK package per record file, joined from the parts
-- written one by one (V40). Each package's place in that zip is kept here when the zip is
-- attached, so that each package downloads as a zip of its own (what the E-ARK validator
-- and a peer archive accept), byte for byte the part that was written, without storing
-- the bytes twice. One script for H2 (MySQL mode), MySQL 8 and MariaDB.

create table lt_batch_package (
    batch_id bigint not null,
    file_id bigint not null,
    file_code varchar(100) not null,
    object_id varchar(64) not null,
    -- Where the package's entries start in the batch's zip, and how many bytes they take.
    entries_offset bigint not null,
    entries_size bigint not null,
    -- The package as a zip of its own.
    package_sha256 varchar(64) not null,
    package_size bigint not null,
    documents int not null,
    primary key (batch_id, file_code),
    constraint fk_batch_package_batch foreign key (batch_id) references lt_batch (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
