-- Idempotency-Key on capture and intake: the first answer to a request, kept per user,
-- route and key with a hash of the request, so that a client retrying a request whose
-- answer it lost gets that answer again and nothing is stored twice. One script for H2
-- (MySQL mode), MySQL 8 and MariaDB.
create table lt_idempotency_key (
    user_id varchar(64) not null,
    route varchar(200) not null,
    idem_key varchar(200) not null,
    request_sha256 char(64) not null,
    status varchar(20) not null,
    response_status int,
    response_type varchar(200),
    response_body mediumtext,
    created_at datetime(3) not null,
    primary key (user_id, route, idem_key)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index idx_idempotency_created on lt_idempotency_key (created_at);
