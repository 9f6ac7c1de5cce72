-- A file of a national export run whose package cannot be written (its documents'
-- content missing from the store, its metadata refused by the package writer) is
-- recorded as failed on the run, with why in Vietnamese and English, and the run goes on
-- with the rest; it ends FINISHED_WITH_ERRORS. A retry of the run clears the marks.
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.

alter table lt_national_export_run add column files_failed int not null default 0;

alter table lt_national_export_run_file add column failed_at timestamp(3) null;
alter table lt_national_export_run_file add column reason varchar(2000);
alter table lt_national_export_run_file add column reason_en varchar(2000);
