-- The agencies a sweep left out because an earlier batch of theirs had not claimed its files
-- yet (its list step has not run yet, or fails before its claim commits: Cockpit shows the
-- incident), so that a manager sees who waits and on which batch.
create table lt_sweep_skip (
    sweep_id bigint not null,
    agency_id bigint not null,
    waiting_batch_id bigint not null,
    primary key (sweep_id, agency_id),
    constraint fk_sweep_skip_run foreign key (sweep_id) references lt_sweep_run (id),
    constraint fk_sweep_skip_agency foreign key (agency_id) references lt_agency (id),
    constraint fk_sweep_skip_batch foreign key (waiting_batch_id) references lt_batch (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
