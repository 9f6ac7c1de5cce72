-- One sweep step at a time across all nodes: each step locks this row until it commits, so
-- a sweep that comes second sees what the first one batched and warned.
create table lt_sweep_lock (
    id int primary key
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

insert into lt_sweep_lock (id) values (1);
