-- LuuTru's own tables. One script for H2 (MySQL mode), MySQL 8 and MariaDB.

create table lt_agency (
    id bigint auto_increment primary key,
    code varchar(13) not null,
    fonds_code varchar(13) not null,
    name varchar(255) not null,
    parent_id bigint,
    historical_archive boolean not null default false,
    transfer_source boolean not null default false,
    created_at datetime(3) not null,
    constraint uk_agency_code unique (code),
    constraint fk_agency_parent foreign key (parent_id) references lt_agency (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_retention_rule (
    id bigint auto_increment primary key,
    code varchar(20) not null,
    heading varchar(255),
    title varchar(1000) not null,
    maintenance_code varchar(2) not null,
    retention_years int,
    action_at_end varchar(10) not null,
    legal_basis varchar(500),
    active boolean not null default true,
    constraint uk_retention_rule_code unique (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_file_plan_item (
    id bigint auto_increment primary key,
    agency_id bigint not null,
    plan_year int not null,
    file_notation varchar(20) not null,
    heading varchar(255),
    title varchar(1000) not null,
    retention_rule_id bigint not null,
    creator varchar(100),
    notes varchar(500),
    constraint uk_plan_item unique (agency_id, plan_year, file_notation),
    constraint fk_plan_item_agency foreign key (agency_id) references lt_agency (id),
    constraint fk_plan_item_rule foreign key (retention_rule_id) references lt_retention_rule (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_record_file (
    id bigint auto_increment primary key,
    agency_id bigint not null,
    custody_agency_id bigint not null,
    file_code varchar(100) not null,
    file_year int not null,
    file_notation varchar(20) not null,
    title varchar(1000) not null,
    plan_item_id bigint,
    retention_rule_id bigint,
    maintenance_code varchar(2) not null,
    retention_years int,
    access_mode varchar(2) not null,
    language varchar(100) not null,
    keywords varchar(100),
    infor_sign varchar(30),
    creator varchar(100),
    description varchar(2000),
    start_date date,
    end_date date,
    confidence_level varchar(2),
    physical_format varchar(2),
    paper_file_code varchar(100),
    doc_total int not null default 0,
    sheet_total int not null default 0,
    page_total int not null default 0,
    status varchar(30) not null,
    due_on date,
    due_action varchar(30),
    on_hold boolean not null default false,
    schema_version varchar(20) not null,
    opened_by varchar(64) not null,
    opened_at datetime(3) not null,
    closed_at datetime(3),
    constraint uk_record_file_code unique (file_code),
    constraint fk_record_file_agency foreign key (agency_id) references lt_agency (id),
    constraint fk_record_file_custody foreign key (custody_agency_id) references lt_agency (id),
    constraint fk_record_file_plan_item foreign key (plan_item_id) references lt_file_plan_item (id),
    constraint fk_record_file_rule foreign key (retention_rule_id) references lt_retention_rule (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index idx_record_file_agency_year on lt_record_file (agency_id, file_year);
create index idx_record_file_due on lt_record_file (due_on, due_action);
create index idx_record_file_status on lt_record_file (status);

create table lt_document (
    id bigint auto_increment primary key,
    file_id bigint not null,
    position int not null,
    doc_code varchar(120) not null,
    type_name varchar(2) not null,
    code_number varchar(11),
    code_notation varchar(30),
    issued_date date not null,
    organ_name varchar(200) not null,
    subject varchar(500) not null,
    language varchar(100) not null,
    page_count int not null,
    sheet_count int not null,
    infor_sign varchar(30),
    keywords varchar(100),
    access_mode varchar(2) not null,
    confidence_level varchar(2) not null,
    autograph varchar(2000),
    physical_format varchar(2),
    description varchar(2000),
    signer_position varchar(100),
    signer_name varchar(50),
    schema_version varchar(20) not null,
    content_sha256 char(64) not null,
    content_size bigint not null,
    media_type varchar(100) not null,
    original_name varchar(255) not null,
    pdfa_declared varchar(10),
    pdfa_status varchar(20) not null,
    pdfa_report varchar(2000),
    captured_by varchar(64) not null,
    captured_at datetime(3) not null,
    constraint uk_document_code unique (doc_code),
    constraint uk_document_position unique (file_id, position),
    constraint fk_document_file foreign key (file_id) references lt_record_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index idx_document_sha on lt_document (content_sha256);
create index idx_document_pdfa on lt_document (pdfa_status);

create table lt_audit_event (
    id bigint auto_increment primary key,
    occurred_at datetime(3) not null,
    actor varchar(64) not null,
    action varchar(50) not null,
    entity_type varchar(30) not null,
    entity_id varchar(120) not null,
    agency_id bigint,
    details varchar(4000),
    prev_hash char(64) not null,
    hash char(64) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index idx_audit_entity on lt_audit_event (entity_type, entity_id);

-- One row: the head of the audit chain, locked by every writer so the chain stays linear
-- across threads and nodes.
create table lt_audit_head (
    id int primary key,
    last_event_id bigint not null,
    last_hash char(64) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

insert into lt_audit_head (id, last_event_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
