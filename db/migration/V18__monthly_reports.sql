-- The reports the monthly-report process generates and keeps: one row per month and kind,
-- the bytes in the content store by their SHA-256; sent once a manager has reviewed them.

create table lt_monthly_report (
    id bigint auto_increment primary key,
    report_month char(7) not null,
    kind varchar(20) not null,
    content_sha256 char(64) not null,
    content_size bigint not null,
    generated_at datetime(3) not null,
    sent_by varchar(64),
    sent_at datetime(3),
    constraint uk_monthly_report unique (report_month, kind)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
