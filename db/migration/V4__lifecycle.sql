-- The lifecycle after capture: appraisal and deposit, batches for transfer and destruction,
-- legal holds and retention sweeps. One script for H2 (MySQL mode), MySQL 8 and MariaDB.

alter table lt_record_file add column deposited_at datetime(3);
alter table lt_record_file add column retained_until date;
alter table lt_record_file add column retention_approval varchar(500);
alter table lt_record_file add column batch_id bigint;
alter table lt_record_file add column return_note varchar(2000);
alter table lt_record_file add column transferred_at datetime(3);
alter table lt_record_file add column destroyed_at datetime(3);

create index idx_record_file_batch on lt_record_file (batch_id);
create index idx_record_file_sweep on lt_record_file (status, due_action, due_on);

-- A transfer or destruction batch: one agency, one decision, one process instance.
create table lt_batch (
    id bigint auto_increment primary key,
    kind varchar(20) not null,
    code varchar(60) not null,
    agency_id bigint not null,
    status varchar(30) not null,
    file_count int not null default 0,
    process_instance_id varchar(64),
    sweep_id bigint,
    created_at datetime(3) not null,
    created_by varchar(64) not null,
    decided_at datetime(3),
    decided_by varchar(64),
    decision_note varchar(2000),
    list_sha256 char(64),
    package_id varchar(100),
    package_sha256 char(64),
    package_size bigint,
    minutes_sha256 char(64),
    closed_at datetime(3),
    constraint uk_batch_code unique (code),
    constraint fk_batch_agency foreign key (agency_id) references lt_agency (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index idx_batch_agency_status on lt_batch (agency_id, status);

create table lt_batch_item (
    id bigint auto_increment primary key,
    batch_id bigint not null,
    file_id bigint not null,
    status varchar(30) not null,
    reason varchar(30),
    decision varchar(20),
    new_maintenance_code varchar(2),
    new_retention_years int,
    note varchar(2000),
    constraint uk_batch_item unique (batch_id, file_id),
    constraint fk_batch_item_batch foreign key (batch_id) references lt_batch (id),
    constraint fk_batch_item_file foreign key (file_id) references lt_record_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index idx_batch_item_file on lt_batch_item (file_id);

create table lt_legal_hold (
    id bigint auto_increment primary key,
    agency_id bigint not null,
    reason varchar(2000) not null,
    scope varchar(500),
    held_until date,
    created_by varchar(64) not null,
    created_at datetime(3) not null,
    lifted_by varchar(64),
    lifted_at datetime(3),
    lift_reason varchar(2000),
    constraint fk_legal_hold_agency foreign key (agency_id) references lt_agency (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_legal_hold_file (
    hold_id bigint not null,
    file_id bigint not null,
    primary key (hold_id, file_id),
    constraint fk_hold_file_hold foreign key (hold_id) references lt_legal_hold (id),
    constraint fk_hold_file_file foreign key (file_id) references lt_record_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index idx_hold_file_file on lt_legal_hold_file (file_id);

create table lt_sweep_run (
    id bigint auto_increment primary key,
    started_at datetime(3) not null,
    finished_at datetime(3),
    triggered_by varchar(64) not null,
    status varchar(20) not null,
    as_of date not null,
    files_batched int not null default 0,
    batches_started int not null default 0,
    files_warned int not null default 0,
    overdue_files int not null default 0,
    process_instance_id varchar(64)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- A user's own agency. Camunda tenant memberships say whose tasks a user sees; managers and
-- historical-archive officers see several agencies' tasks but belong to one agency.
create table lt_user_agency (
    user_id varchar(64) primary key,
    agency_id bigint not null,
    constraint fk_user_agency_agency foreign key (agency_id) references lt_agency (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- Destruction erases a document's content and keeps its metadata and checksum (tombstone).
alter table lt_document add column content_erased_at datetime(3);
