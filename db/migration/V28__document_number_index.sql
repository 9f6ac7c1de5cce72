-- A captured document is compared with those already kept by number, notation and issuing
-- organ (possible duplicates, Decree 30/2020 Annex VI III.1.h): one index lookup per
-- capture, also during a bulk intake. One script for H2 (MySQL mode), MySQL 8 and MariaDB.
create index idx_document_number on lt_document (code_number, code_notation);
