-- The dashboard's grouped counts read an index alone when a year is chosen (files per state,
-- due per agency and action, the forecast); without a year they read idx_record_file_sweep
-- and idx_record_file_agency_due (V5).
create index idx_record_file_year_due on lt_record_file (file_year, agency_id, status, due_action, due_on);
