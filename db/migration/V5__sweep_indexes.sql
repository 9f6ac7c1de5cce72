-- The sweep's two statements read only the index (bench/SWEEP.md): which (agency, action)
-- groups are due, and the set-based update that puts one group into its batch.
drop index idx_record_file_status on lt_record_file;
drop index idx_record_file_sweep on lt_record_file;
create index idx_record_file_sweep on lt_record_file (status, due_action, due_on, agency_id, on_hold, batch_id);
create index idx_record_file_agency_due on lt_record_file (agency_id, status, due_action, due_on);
