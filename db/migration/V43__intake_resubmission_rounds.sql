-- Fix and resubmit into the same intake: each upload of an intake is a round (round 1
-- the first ZIP; later rounds a corrected ZIP or sheet). Rows keep the round that
-- brought them, their row number in that round's sheet, and the round whose ZIP holds
-- their content (a corrected sheet alone reuses the contents already received).
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.

create table lt_intake_round (
    intake_id bigint not null,
    round_no int not null,
    kind varchar(10) not null,
    upload_name varchar(255),
    upload_size bigint not null,
    received_by varchar(64) not null,
    received_at datetime(3) not null,
    sheet_rows int not null,
    repeated_rows int not null,
    replaced_rows int not null,
    primary key (intake_id, round_no),
    constraint fk_intake_round_intake foreign key (intake_id) references lt_intake (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

alter table lt_intake_row add column round_no int not null default 1;
alter table lt_intake_row add column sheet_row int;
alter table lt_intake_row add column content_round int not null default 1;

update lt_intake_row set sheet_row = row_no where sheet_row is null;

insert into lt_intake_round (intake_id, round_no, kind, upload_name, upload_size, received_by, received_at,
                             sheet_rows, repeated_rows, replaced_rows)
select i.id, 1, 'ZIP', i.zip_name, i.zip_size, i.uploaded_by, i.uploaded_at, i.total_rows, 0, 0
  from lt_intake i;
