-- The dashboard's lists and the due list print files by due date, then file code, and
-- show the first few hundred: these indexes give that order, so the database reads only
-- the rows it shows instead of sorting a province's million files (bench/report.sh).
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.
create index idx_record_file_due_order on lt_record_file (due_on, file_code);
create index idx_record_file_status_order on lt_record_file (status, due_on, file_code);
