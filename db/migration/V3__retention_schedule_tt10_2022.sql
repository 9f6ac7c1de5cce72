-- The common retention schedule (bảng thời hạn bảo quản hồ sơ, tài liệu chung) after
-- Circular 10/2022/TT-BNV, as editable reference data: archivists change it through the API
-- or by importing the Excel sheet, and sector circulars add their own items.
-- Codes are the item numbers of this schedule, numbered continuously across the thirteen
-- headings. Periods use the Circular 05/2025 codes: 01 permanent (transferred to the
-- historical archive), 02 70 y, 03 50 y, 04 30 y, 05 20 y, 06 10 y, 07 any other number.
-- One script for H2 (MySQL mode), MySQL 8 and MariaDB.

insert into lt_retention_rule (code, heading, title, maintenance_code, retention_years, action_at_end, legal_basis, active) values
-- 1. Tài liệu tổng hợp
('1', 'Tài liệu tổng hợp', 'Hồ sơ hội nghị tổng kết, sơ kết công tác năm, nhiệm kỳ của cơ quan', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('2', 'Tài liệu tổng hợp', 'Kế hoạch, báo cáo công tác dài hạn, năm của cơ quan', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('3', 'Tài liệu tổng hợp', 'Kế hoạch, báo cáo công tác 6 tháng, 9 tháng của cơ quan', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('4', 'Tài liệu tổng hợp', 'Kế hoạch, báo cáo công tác quý, tháng, tuần', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('5', 'Tài liệu tổng hợp', 'Hồ sơ hội nghị, hội thảo chuyên đề do cơ quan chủ trì tổ chức', '06', 10, 'REVIEW', 'Thông tư 10/2022/TT-BNV', true),
('6', 'Tài liệu tổng hợp', 'Văn bản gửi để biết, để phối hợp (cơ quan không chủ trì giải quyết)', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('7', 'Tài liệu tổng hợp', 'Công văn trao đổi về những vấn đề chung của cơ quan', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 2. Tài liệu quy hoạch, kế hoạch, thống kê
('8', 'Tài liệu quy hoạch, kế hoạch, thống kê', 'Hồ sơ xây dựng chiến lược, quy hoạch phát triển ngành, lĩnh vực do cơ quan chủ trì', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('9', 'Tài liệu quy hoạch, kế hoạch, thống kê', 'Báo cáo thống kê tổng hợp, thống kê chuyên đề năm', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('10', 'Tài liệu quy hoạch, kế hoạch, thống kê', 'Báo cáo thống kê quý, tháng', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('11', 'Tài liệu quy hoạch, kế hoạch, thống kê', 'Công văn trao đổi về công tác quy hoạch, kế hoạch, thống kê', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 3. Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động
('12', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Hồ sơ thành lập, đổi tên, sáp nhập, chia tách, giải thể cơ quan', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('13', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Hồ sơ xây dựng, ban hành Điều lệ tổ chức và hoạt động, Quy chế làm việc của cơ quan', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('14', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Hồ sơ xây dựng đề án vị trí việc làm, cơ cấu ngạch công chức, chức danh nghề nghiệp viên chức', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('15', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Hồ sơ quy hoạch cán bộ lãnh đạo, quản lý', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('16', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Phiếu lấy ý kiến tín nhiệm trong công tác quy hoạch cán bộ', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('17', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Hồ sơ bổ nhiệm, bổ nhiệm lại, điều động, luân chuyển cán bộ', '02', 70, 'REVIEW', 'Thông tư 10/2022/TT-BNV', true),
('18', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Hồ sơ cán bộ, công chức, viên chức, người lao động', '02', 70, 'REVIEW', 'Thông tư 10/2022/TT-BNV', true),
('19', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Hồ sơ tuyển dụng công chức, viên chức', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('20', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Hồ sơ xử lý kỷ luật cán bộ, công chức, viên chức', '02', 70, 'REVIEW', 'Thông tư 10/2022/TT-BNV', true),
('21', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Hồ sơ đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức hằng năm', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('22', 'Tài liệu tổ chức, cán bộ, công chức, viên chức, người lao động', 'Công văn trao đổi về công tác tổ chức, cán bộ', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 4. Tài liệu lao động, tiền lương
('23', 'Tài liệu lao động, tiền lương', 'Hồ sơ xây dựng, ban hành quy chế trả lương, trả thưởng của cơ quan', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('24', 'Tài liệu lao động, tiền lương', 'Hồ sơ nâng bậc lương, nâng ngạch, thăng hạng hằng năm', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('25', 'Tài liệu lao động, tiền lương', 'Hồ sơ giải quyết chế độ bảo hiểm xã hội, nghỉ hưu, thôi việc', '02', 70, 'REVIEW', 'Thông tư 10/2022/TT-BNV', true),
('26', 'Tài liệu lao động, tiền lương', 'Công văn trao đổi về lao động, tiền lương', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 5. Tài liệu tài chính, kế toán
('27', 'Tài liệu tài chính, kế toán', 'Kế hoạch, báo cáo tài chính và quyết toán năm', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('28', 'Tài liệu tài chính, kế toán', 'Báo cáo tài chính, kế toán quý, tháng', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('29', 'Tài liệu tài chính, kế toán', 'Sổ kế toán tổng hợp, sổ kế toán chi tiết', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('30', 'Tài liệu tài chính, kế toán', 'Chứng từ kế toán sử dụng trực tiếp để ghi sổ kế toán', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('31', 'Tài liệu tài chính, kế toán', 'Hồ sơ kiểm kê, đánh giá lại, thanh lý tài sản cố định', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('32', 'Tài liệu tài chính, kế toán', 'Hồ sơ lựa chọn nhà thầu mua sắm thường xuyên: hồ sơ dự thầu trúng thầu', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('33', 'Tài liệu tài chính, kế toán', 'Hồ sơ lựa chọn nhà thầu mua sắm thường xuyên: hồ sơ dự thầu không trúng thầu', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('34', 'Tài liệu tài chính, kế toán', 'Công văn trao đổi về công tác tài chính, kế toán', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 6. Tài liệu xây dựng cơ bản
('35', 'Tài liệu xây dựng cơ bản', 'Hồ sơ công trình xây dựng cơ bản nhóm A, công trình cấp đặc biệt, cấp I', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('36', 'Tài liệu xây dựng cơ bản', 'Hồ sơ công trình xây dựng cơ bản nhóm B, nhóm C', '04', 30, 'REVIEW', 'Thông tư 10/2022/TT-BNV', true),
('37', 'Tài liệu xây dựng cơ bản', 'Hồ sơ sửa chữa nhỏ, cải tạo trụ sở, công trình', '07', 15, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('38', 'Tài liệu xây dựng cơ bản', 'Công văn trao đổi về công tác xây dựng cơ bản', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 7. Tài liệu khoa học, công nghệ
('39', 'Tài liệu khoa học, công nghệ', 'Hồ sơ chương trình, đề tài nghiên cứu khoa học cấp quốc gia, cấp bộ, cấp tỉnh', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('40', 'Tài liệu khoa học, công nghệ', 'Hồ sơ đề tài, sáng kiến cấp cơ sở', '05', 20, 'REVIEW', 'Thông tư 10/2022/TT-BNV', true),
('41', 'Tài liệu khoa học, công nghệ', 'Hồ sơ ứng dụng công nghệ thông tin, chuyển đổi số của cơ quan', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 8. Tài liệu hợp tác quốc tế
('42', 'Tài liệu hợp tác quốc tế', 'Hồ sơ ký kết, thực hiện điều ước, thỏa thuận quốc tế', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('43', 'Tài liệu hợp tác quốc tế', 'Hồ sơ đoàn ra, đoàn vào', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('44', 'Tài liệu hợp tác quốc tế', 'Công văn trao đổi về công tác hợp tác quốc tế', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 9. Tài liệu thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo
('45', 'Tài liệu thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo', 'Hồ sơ thanh tra, giải quyết khiếu nại, tố cáo vụ việc nghiêm trọng', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('46', 'Tài liệu thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo', 'Hồ sơ thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo vụ việc khác', '07', 15, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 10. Tài liệu thi đua, khen thưởng
('47', 'Tài liệu thi đua, khen thưởng', 'Hồ sơ khen thưởng Huân chương, danh hiệu Anh hùng, Chiến sĩ thi đua toàn quốc', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('48', 'Tài liệu thi đua, khen thưởng', 'Hồ sơ khen thưởng Bằng khen, Giấy khen, danh hiệu thi đua cấp cơ sở', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 11. Tài liệu pháp chế
('49', 'Tài liệu pháp chế', 'Hồ sơ xây dựng văn bản quy phạm pháp luật do cơ quan chủ trì soạn thảo', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('50', 'Tài liệu pháp chế', 'Hồ sơ kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('51', 'Tài liệu pháp chế', 'Công văn trao đổi về công tác pháp chế', '06', 10, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 12. Tài liệu hành chính, văn thư, lưu trữ
('52', 'Tài liệu hành chính, văn thư, lưu trữ', 'Tập lưu văn bản đi, sổ đăng ký văn bản đi', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('53', 'Tài liệu hành chính, văn thư, lưu trữ', 'Sổ đăng ký văn bản đến', '05', 20, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('54', 'Tài liệu hành chính, văn thư, lưu trữ', 'Hồ sơ nộp lưu tài liệu vào Lưu trữ lịch sử (mục lục hồ sơ, biên bản giao nhận)', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('55', 'Tài liệu hành chính, văn thư, lưu trữ', 'Hồ sơ hủy tài liệu hết giá trị', '05', 20, 'REVIEW', 'Thông tư 10/2022/TT-BNV', true),
('56', 'Tài liệu hành chính, văn thư, lưu trữ', 'Lịch công tác, giấy giới thiệu, giấy đi đường', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
('57', 'Tài liệu hành chính, văn thư, lưu trữ', 'Công văn trao đổi về công tác hành chính, văn thư, lưu trữ', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true),
-- 13. Tài liệu của tổ chức Đảng và các đoàn thể
('58', 'Tài liệu của tổ chức Đảng và các đoàn thể', 'Hồ sơ đại hội Đảng bộ, chi bộ cơ quan', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('59', 'Tài liệu của tổ chức Đảng và các đoàn thể', 'Hồ sơ đại hội Công đoàn, Đoàn Thanh niên cơ quan', '01', null, 'TRANSFER', 'Thông tư 10/2022/TT-BNV', true),
('60', 'Tài liệu của tổ chức Đảng và các đoàn thể', 'Hồ sơ đảng viên', '02', 70, 'REVIEW', 'Thông tư 10/2022/TT-BNV', true),
('61', 'Tài liệu của tổ chức Đảng và các đoàn thể', 'Công văn trao đổi về công tác Đảng, đoàn thể', '07', 5, 'DESTROY', 'Thông tư 10/2022/TT-BNV', true);
