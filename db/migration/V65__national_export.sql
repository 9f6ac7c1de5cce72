-- Export to the national archive database (DOMAIN.md target 6, issue 11 item 5): each
-- permanent file held by the historical archive is exported as an E-ARK package of its
-- own. A run is what one request asked for; lt_national_export records each file
-- exported, with the SHA-256 of the package handed over (indicator 6 counts these rows).
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.

create table lt_national_export_run (
    id bigint auto_increment primary key,
    requested_by varchar(64) not null,
    requested_at timestamp(3) not null,
    status varchar(20) not null,
    files_total int not null,
    files_done int not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- The files a run exports, in order; a run is exported a chunk at a time.
create table lt_national_export_run_file (
    run_id bigint not null,
    file_id bigint not null,
    primary key (run_id, file_id),
    constraint fk_national_export_run_file_run foreign key (run_id) references lt_national_export_run (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_national_export (
    id bigint auto_increment primary key,
    file_id bigint not null,
    agency_id bigint not null,
    package_sha256 varchar(64) not null,
    exported_at timestamp(3) not null,
    exported_by varchar(64) not null,
    run_id bigint,
    file_code varchar(100),
    object_id varchar(64),
    package_size bigint,
    constraint fk_national_export_file foreign key (file_id) references lt_record_file (id),
    constraint fk_national_export_run foreign key (run_id) references lt_national_export_run (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_national_export_file on lt_national_export (file_id);
create unique index ux_national_export_run_file on lt_national_export (run_id, file_id);
create index ix_national_export_agency on lt_national_export (agency_id, exported_at);
