-- Search (README "Tìm kiếm / Search"): results sorted by year read the files in this order
-- when their first word is common, so the first page needs no sort of every match; filters
-- on a year read that year's files only. One script for H2 (MySQL mode), MySQL 8 and MariaDB.
create index idx_record_file_year_id on lt_record_file (file_year, id);
