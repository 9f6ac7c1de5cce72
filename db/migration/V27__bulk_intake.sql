-- Bulk intake of legacy records (record-intake): one row per uploaded ZIP, one per sheet
-- row. A row's status is changed in the same transaction as its document is captured,
-- so that a resumed intake captures each row at most once. One script for H2 (MySQL
-- mode), MySQL 8 and MariaDB.

create table lt_intake (
    id bigint auto_increment primary key,
    agency_id bigint not null,
    status varchar(20) not null,
    schema_version varchar(20) not null,
    zip_name varchar(255),
    zip_size bigint not null,
    spool_path varchar(1000) not null,
    uploaded_by varchar(64) not null,
    uploaded_at datetime(3) not null,
    total_rows int not null,
    capture_started_at datetime(3),
    finished_at datetime(3),
    process_instance_id varchar(64),
    constraint fk_intake_agency foreign key (agency_id) references lt_agency (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_intake_agency on lt_intake (agency_id, uploaded_at);

create table lt_intake_row (
    intake_id bigint not null,
    row_no int not null,
    status varchar(20) not null,
    file_notation varchar(100),
    content_name varchar(1000),
    row_values text not null,
    errors text,
    file_id bigint,
    document_id bigint,
    duplicate_of varchar(200),
    primary key (intake_id, row_no),
    constraint fk_intake_row_intake foreign key (intake_id) references lt_intake (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_intake_row_status on lt_intake_row (intake_id, status);
