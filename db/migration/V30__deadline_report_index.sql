-- The retention deadline report reads each agency's files due for one action in the order
-- it prints them (due date, file code) straight from this index: no sort of a province's
-- million rows, and the rows stream while the sheet is written (bench/report.sh).
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.
create index idx_record_file_report on lt_record_file (agency_id, due_action, due_on, file_code);
