-- Receiving SIPs from agencies that do not run LuuTru (Circular 05/2025 Art. 23): each
-- upload is a receipt round with its status, its totals (files, documents, bytes, per
-- retention period), the errors its validation found, and the files it brought in with
-- the AIP written for each. One script for H2 (MySQL mode), MySQL 8 and MariaDB.

create table lt_receipt (
    id bigint auto_increment primary key,
    archive_agency_id bigint not null,
    depositor_agency_id bigint,
    depositor_code varchar(40),
    depositor_name varchar(500),
    status varchar(20) not null,
    upload_name varchar(255),
    upload_size bigint not null,
    -- the upload as received (not kept in the content store: the spool holds it until decided)
    upload_sha256 char(64) not null,
    spool_path varchar(1000) not null,
    uploaded_by varchar(64) not null,
    received_at datetime(3) not null,
    validated_at datetime(3),
    decided_by varchar(64),
    decided_at datetime(3),
    reason varchar(2000),
    ingested_at datetime(3),
    total_files int not null default 0,
    total_documents int not null default 0,
    total_bytes bigint not null default 0,
    process_instance_id varchar(64),
    constraint fk_receipt_archive foreign key (archive_agency_id) references lt_agency (id),
    constraint fk_receipt_depositor foreign key (depositor_agency_id) references lt_agency (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_receipt_uploader on lt_receipt (uploaded_by, received_at);

create table lt_receipt_error (
    receipt_id bigint not null,
    seq int not null,
    path varchar(1000),
    message varchar(4000) not null,
    message_en varchar(4000) not null,
    primary key (receipt_id, seq),
    constraint fk_receipt_error_receipt foreign key (receipt_id) references lt_receipt (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_receipt_period (
    receipt_id bigint not null,
    maintenance_code varchar(2) not null,
    files int not null,
    documents int not null,
    bytes bigint not null,
    primary key (receipt_id, maintenance_code),
    constraint fk_receipt_period_receipt foreign key (receipt_id) references lt_receipt (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_receipt_file (
    receipt_id bigint not null,
    file_code varchar(100) not null,
    file_id bigint not null,
    documents int not null,
    aip_package_id varchar(60) not null,
    aip_sha256 char(64) not null,
    aip_size bigint not null,
    primary key (receipt_id, file_code),
    constraint fk_receipt_file_receipt foreign key (receipt_id) references lt_receipt (id),
    constraint fk_receipt_file_file foreign key (file_id) references lt_record_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
