-- The agency an on-demand sweep covers: an archivist sweeps his own agency only, so that no
-- batch of another agency is opened under his name. Null: every agency (the daily timer,
-- an administrator).
alter table lt_sweep_run add column agency_id bigint;
alter table lt_sweep_run add constraint fk_sweep_run_agency foreign key (agency_id) references lt_agency (id);
