package vn.luutru.demo;

import java.time.LocalDate;
import java.util.List;

import vn.luutru.demo.DemoFile.DemoDocument;

/** Record files of the demo agencies, with titles and codes as archivists write them. */
final class DemoFiles {

	private static final String SNV = "Sở Nội vụ tỉnh Sơn La";

	private static final String UBND = "Ủy ban nhân dân tỉnh Sơn La";

	static final List<DemoFile> ALL = List.of(new DemoFile("vanthu", 2024, "01.VP", "Tài liệu tổng hợp",
			"Kế hoạch, báo cáo công tác năm 2024 của Sở Nội vụ", "2", null, LocalDate.of(2024, 1, 5), true,
			List.of(new DemoDocument("10", "15", "KH-SNV", LocalDate.of(2024, 1, 5), SNV,
					"Kế hoạch công tác năm 2024 của Sở Nội vụ", 5, "bao-cao.pdf"),
					new DemoDocument("14", "412", "BC-SNV", LocalDate.of(2024, 12, 20), SNV,
							"Báo cáo tổng kết công tác năm 2024, phương hướng nhiệm vụ năm 2025", 5, "bao-cao.pdf"))),
			new DemoFile("vanthu", 2024, "05.TCCB", "Tài liệu tổ chức, cán bộ",
					"Hồ sơ tuyển dụng công chức tỉnh Sơn La năm 2024", "19", null, LocalDate.of(2024, 3, 1), true,
					List.of(new DemoDocument("16", "58", "TTr-SNV", LocalDate.of(2024, 3, 1), SNV,
							"Tờ trình về việc tổ chức thi tuyển công chức năm 2024", 2, "to-trinh.pdf"),
							new DemoDocument("02", "1023", "QĐ-UBND", LocalDate.of(2024, 9, 16), UBND,
									"Quyết định công nhận kết quả tuyển dụng công chức năm 2024", 1,
									"quyet-dinh.pdf"))),
			new DemoFile("vanthu", 2025, "12.LT", null, "Hồ sơ chỉnh lý tài liệu Phông Sở Nội vụ giai đoạn 2015-2020",
					null, "04", LocalDate.of(2025, 4, 2), false,
					List.of(new DemoDocument("16", "102", "TTr-SNV", LocalDate.of(2025, 4, 2), SNV,
							"Tờ trình phê duyệt kế hoạch chỉnh lý tài liệu tồn đọng", 2, "to-trinh.pdf"))),
			new DemoFile("vanthu", 2026, "03.VP", "Tài liệu hành chính, văn thư, lưu trữ",
					"Tập công văn trao đổi về công tác văn thư, lưu trữ năm 2026", "57", null, LocalDate.of(2026, 1, 8),
					false,
					List.of(new DemoDocument("22", "35", "SNV-VTLT", LocalDate.of(2026, 1, 8), SNV,
							"V/v hướng dẫn lập hồ sơ điện tử và nộp lưu vào Lưu trữ cơ quan", 1, "quyet-dinh.pdf"))),
			new DemoFile("vanthu.stc", 2025, "07.NS", "Tài liệu tài chính, kế toán",
					"Hồ sơ lập dự toán ngân sách tỉnh Sơn La năm 2026", "27", null, LocalDate.of(2025, 7, 10), false,
					List.of(new DemoDocument("14", "211", "BC-STC", LocalDate.of(2025, 7, 10),
							"Sở Tài chính tỉnh Sơn La",
							"Báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2025", 5, "bao-cao.pdf"))));

	/** Planned files of 2026 not opened yet: notation, heading, title, rule code. */
	static final List<String[]> PLANNED_2026 = List.of(
			new String[] { "01.VP", "Tài liệu tổng hợp", "Kế hoạch, báo cáo công tác năm 2026 của Sở Nội vụ", "2" },
			new String[] { "02.TCCB", "Tài liệu tổ chức, cán bộ", "Hồ sơ nâng bậc lương, nâng ngạch năm 2026", "24" },
			new String[] { "04.TĐKT", "Tài liệu thi đua, khen thưởng",
					"Hồ sơ khen thưởng Bằng khen, Giấy khen năm 2026", "48" },
			new String[] { "05.LT", "Tài liệu hành chính, văn thư, lưu trữ", "Hồ sơ hủy tài liệu hết giá trị năm 2026",
					"55" });

	private DemoFiles() {
	}

}
