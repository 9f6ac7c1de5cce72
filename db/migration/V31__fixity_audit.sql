-- Fixity audit (fixity-audit): a cycle re-hashes every stored object, both copies, in
-- chunks; its row keeps the object it reached so that a killed node resumes there, and
-- the counts of what was checked. A finding is kept per damaged or missing copy (not per
-- good one). Incidents (Decree 113/2025 Art. 22) are kept with their handling history.
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.

create table lt_fixity_cycle (
    id bigint auto_increment primary key,
    status varchar(20) not null,
    started_at datetime(3) not null,
    finished_at datetime(3),
    last_object char(64),
    objects_checked bigint not null default 0,
    bytes_checked bigint not null default 0,
    chunks_done int not null default 0,
    process_instance_id varchar(64),
    minutes_sha256 char(64),
    minutes_number varchar(100),
    constraint uq_fixity_cycle_process unique (process_instance_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_fixity_cycle_status on lt_fixity_cycle (status, id);

create table lt_fixity_finding (
    id bigint auto_increment primary key,
    cycle_id bigint not null,
    content_sha256 char(64) not null,
    copy_name varchar(10) not null,
    finding varchar(20) not null,
    actual_sha256 char(64),
    actual_size bigint,
    found_at datetime(3) not null,
    outcome varchar(20) not null,
    repaired_at datetime(3),
    incident_id bigint,
    constraint uq_fixity_finding unique (cycle_id, content_sha256, copy_name),
    constraint fk_fixity_finding_cycle foreign key (cycle_id) references lt_fixity_cycle (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_incident (
    id bigint auto_increment primary key,
    kind varchar(30) not null,
    status varchar(20) not null,
    subject varchar(200) not null,
    details text not null,
    raised_at datetime(3) not null,
    cycle_id bigint,
    content_sha256 char(64),
    process_instance_id varchar(64),
    handled_by varchar(64),
    handled_at datetime(3),
    constraint uq_incident_cycle_object unique (kind, cycle_id, content_sha256)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_incident_status on lt_incident (status, raised_at);

create table lt_incident_action (
    id bigint auto_increment primary key,
    incident_id bigint not null,
    acted_at datetime(3) not null,
    acted_by varchar(64) not null,
    action varchar(30) not null,
    note text,
    constraint fk_incident_action_incident foreign key (incident_id) references lt_incident (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_incident_action on lt_incident_action (incident_id, acted_at);
