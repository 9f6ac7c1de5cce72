-- Searches a user saved under a name; only their owner lists, reads, changes or deletes them.
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.
create table lt_saved_search (
    id bigint auto_increment primary key,
    owner_id varchar(100) not null,
    name varchar(200) not null,
    q varchar(500),
    agency_code varchar(50),
    file_year int,
    maintenance_code varchar(20),
    status varchar(40),
    access_mode varchar(40),
    document_type varchar(100),
    sort varchar(20),
    created_at timestamp not null,
    updated_at timestamp not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index idx_saved_search_owner on lt_saved_search (owner_id, id);
