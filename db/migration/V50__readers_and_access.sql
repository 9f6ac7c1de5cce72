-- Readers (độc giả), their access requests and time-limited grants, the views they made,
-- and the calendar of public holidays that working-day deadlines skip (issue 11, item 3).

create table lt_reader (
    user_id varchar(64) primary key,
    full_name varchar(200) not null,
    birth_date date not null,
    identity_number varchar(20) not null,
    nationality varchar(100) not null,
    address varchar(500) not null,
    phone varchar(20) not null,
    email varchar(200) not null,
    organisation varchar(300),
    status varchar(20) not null,
    registered_at timestamp(3) not null,
    due_at timestamp(3) not null,
    decided_by varchar(64),
    decided_at timestamp(3),
    rejection_reason varchar(1000)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create unique index ux_reader_identity on lt_reader (identity_number);

-- A public holiday: a day no working-day deadline counts.
create table lt_holiday (
    holiday_on date primary key,
    name varchar(200) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_access_request (
    id bigint auto_increment primary key,
    reader_id varchar(64) not null,
    custody_agency_id bigint not null,
    purpose varchar(2) not null,
    purpose_content varchar(1000) not null,
    status varchar(20) not null,
    requested_at timestamp(3) not null,
    due_at timestamp(3),
    decided_by varchar(64),
    decided_at timestamp(3),
    rejection_reason varchar(1000)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_access_request_reader on lt_access_request (reader_id, id);
create index ix_access_request_custody on lt_access_request (custody_agency_id, status, id);

-- The files a request asks for; access_mode as it was when asked (01 public, 02 conditional).
create table lt_access_request_file (
    request_id bigint not null,
    file_id bigint not null,
    access_mode varchar(2) not null,
    primary key (request_id, file_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table lt_access_grant (
    id bigint auto_increment primary key,
    request_id bigint not null,
    reader_id varchar(64) not null,
    file_id bigint not null,
    granted_at timestamp(3) not null,
    valid_until timestamp(3) not null,
    revoked_at timestamp(3),
    revoked_by varchar(64),
    revoke_reason varchar(1000)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_access_grant_reader on lt_access_grant (reader_id, id);
create index ix_access_grant_file on lt_access_grant (file_id);

-- Every page a reader was shown (Decree 30 Annex VI III.6.b, III.6.l).
create table lt_access_view (
    id bigint auto_increment primary key,
    grant_id bigint not null,
    reader_id varchar(64) not null,
    file_id bigint not null,
    document_id bigint not null,
    page_no int not null,
    viewed_at timestamp(3) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_access_view_file on lt_access_view (file_id, reader_id);
create index ix_access_view_document on lt_access_view (document_id, reader_id);

-- Public holidays of 2026 and 2027 (Labour Code 2019 Art. 112: 1/1, five days of Tết
-- Nguyên Đán, Giỗ Tổ Hùng Vương 10/3 lunar, 30/4, 1/5, 2/9 and a day next to it; a holiday
-- falling on a weekend is taken on the next working day, Art. 112.3). The Tết days and the
-- day next to 2/9 are those the Government announces each year; the administrator edits
-- them through /api/v1/holidays when the announcement differs.
insert into lt_holiday (holiday_on, name) values
('2026-01-01', 'Tết Dương lịch'),
('2026-02-16', 'Tết Nguyên Đán'),
('2026-02-17', 'Tết Nguyên Đán'),
('2026-02-18', 'Tết Nguyên Đán'),
('2026-02-19', 'Tết Nguyên Đán'),
('2026-02-20', 'Tết Nguyên Đán'),
('2026-04-27', 'Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/4, nghỉ bù)'),
('2026-04-30', 'Ngày Chiến thắng 30/4'),
('2026-05-01', 'Ngày Quốc tế Lao động 1/5'),
('2026-09-01', 'Quốc khánh (ngày liền kề)'),
('2026-09-02', 'Quốc khánh 2/9'),
('2027-01-01', 'Tết Dương lịch'),
('2027-02-05', 'Tết Nguyên Đán'),
('2027-02-08', 'Tết Nguyên Đán'),
('2027-02-09', 'Tết Nguyên Đán'),
('2027-02-10', 'Tết Nguyên Đán'),
('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
('2027-04-30', 'Ngày Chiến thắng 30/4'),
('2027-05-03', 'Ngày Quốc tế Lao động (1/5 là Thứ Bảy, nghỉ bù)'),
('2027-09-02', 'Quốc khánh 2/9'),
('2027-09-03', 'Quốc khánh (ngày liền kề)');
