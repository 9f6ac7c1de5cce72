-- What the plan's KPIs need (DOMAIN.md "The plan's targets"): the archive staff of each
-- agency and their training (indicator 8), the paper original of a digitised document
-- (indicator 5), and the targets per indicator and year. One script for H2 (MySQL mode),
-- MySQL 8 and MariaDB.

create table lt_staff (
    id bigint auto_increment primary key,
    agency_id bigint not null,
    full_name varchar(100) not null,
    archive_role varchar(20) not null,
    employment varchar(10) not null,
    trained_on date,
    training_course varchar(255),
    created_by varchar(64) not null,
    updated_at datetime(3) not null,
    constraint fk_staff_agency foreign key (agency_id) references lt_agency (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index idx_staff_agency on lt_staff (agency_id);

-- Circular 05/2025 paperFileCode of a digitised document: the code of its paper original.
alter table lt_document add column paper_file_code varchar(100);

-- Targets in percent. A year without its own row takes the latest earlier year's target.
create table lt_kpi_target (
    indicator int not null,
    target_year int not null,
    target_percent decimal(5, 1) not null,
    updated_by varchar(64) not null,
    updated_at datetime(3) not null,
    primary key (indicator, target_year)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- Plan 62/KH-UBND of Son La (Decision 458/QĐ-TTg), targets for 2025.
insert into lt_kpi_target (indicator, target_year, target_percent, updated_by, updated_at) values
    (1, 2025, 80.0, 'plan-62', '2025-01-01 00:00:00'),
    (2, 2025, 80.0, 'plan-62', '2025-01-01 00:00:00'),
    (3, 2025, 80.0, 'plan-62', '2025-01-01 00:00:00'),
    (4, 2025, 90.0, 'plan-62', '2025-01-01 00:00:00'),
    (5, 2025, 30.0, 'plan-62', '2025-01-01 00:00:00'),
    (6, 2025, 100.0, 'plan-62', '2025-01-01 00:00:00'),
    (7, 2025, 100.0, 'plan-62', '2025-01-01 00:00:00'),
    (8, 2025, 100.0, 'plan-62', '2025-01-01 00:00:00');
