-- A transfer whose files were all put on hold after the historical archive accepted its
-- package ends EMPTY: the package is kept (audit) but marked withdrawn, with a note the
-- archive reads on the batch. One script for H2 (MySQL mode), MySQL 8 and MariaDB.
alter table lt_batch add column package_withdrawn_at datetime(3);
alter table lt_batch add column package_withdrawal_note varchar(2000);
