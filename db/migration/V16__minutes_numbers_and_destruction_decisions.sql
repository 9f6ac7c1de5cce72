-- Minutes numbers (số biên bản, "03/BB-SNV"): one sequence per agency and year, shared by
-- the transfer and the destruction minutes. A node takes the next number by updating the
-- agency's row (a row lock until its step commits), so two nodes never take the same one;
-- a batch keeps the number it was given when its minutes are written again.
create table lt_minutes_sequence (
    agency_id bigint not null,
    year_no int not null,
    last_number int not null,
    constraint pk_minutes_sequence primary key (agency_id, year_no),
    constraint fk_minutes_sequence_agency foreign key (agency_id) references lt_agency (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_batch_minutes_number (
    batch_id bigint not null,
    agency_id bigint not null,
    year_no int not null,
    sequence_no int not null,
    minutes_number varchar(60) not null,
    constraint pk_batch_minutes_number primary key (batch_id),
    constraint uk_batch_minutes_number unique (agency_id, year_no, sequence_no),
    constraint fk_batch_minutes_number_batch foreign key (batch_id) references lt_batch (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- The agency head's decision to destroy, as entered in the decision task: its number
-- ("15/QĐ-SNV") and the date it was signed, printed by the destruction minutes.
create table lt_destruction_decision (
    batch_id bigint not null,
    decision_number varchar(60) not null,
    decision_date date not null,
    decided_by varchar(64) not null,
    constraint pk_destruction_decision primary key (batch_id),
    constraint fk_destruction_decision_batch foreign key (batch_id) references lt_batch (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
