-- One sweep at a time across all nodes: a sweep step takes this row with SKIP LOCKED and
-- does nothing when another sweep holds it.
create table lt_sweep_lock (
    id int primary key
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

insert into lt_sweep_lock (id) values (1);
