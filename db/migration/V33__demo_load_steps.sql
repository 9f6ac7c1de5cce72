-- Steps of the demo load that are done: each written in the transaction of its step, so
-- that a load killed half way is resumed by the next start and nothing is made twice.
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.
create table if not exists lt_demo_step (
    step_key varchar(200) not null,
    result_id bigint,
    done_at datetime(3) not null,
    primary key (step_key)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
