package vn.luutru.demo;

import java.time.LocalDate;
import java.util.List;

import vn.luutru.staff.StaffRequest;

/**
 * The archive staff of the demo agencies, some trained in e-records work and some not
 * yet, so that the plan's indicator 8 shows a real-looking share.
 */
final class DemoStaff {

	record Member(String agencyCode, StaffRequest request) {

	}

	private static final String COURSE_2025 = "Tập huấn nghiệp vụ lưu trữ điện tử, Sở Nội vụ tỉnh Sơn La, 2025";

	private static final String COURSE_2026 = "Bồi dưỡng quản lý tài liệu điện tử theo Thông tư 05/2025/TT-BNV";

	static final List<Member> ALL = List.of(
			member(DemoAgencies.SO_NOI_VU, "Lò Thị Hương", "ARCHIVIST", "FULL_TIME", LocalDate.of(2025, 6, 12),
					COURSE_2025),
			member(DemoAgencies.SO_NOI_VU, "Cầm Văn Toàn", "CLERK", "FULL_TIME", LocalDate.of(2026, 3, 20),
					COURSE_2026),
			member(DemoAgencies.SO_NOI_VU, "Hoàng Thị Thu", "CLERK_ARCHIVIST", "PART_TIME", null, null),
			member(DemoAgencies.SO_TAI_CHINH, "Nguyễn Văn Khánh", "CLERK_ARCHIVIST", "PART_TIME",
					LocalDate.of(2025, 6, 12), COURSE_2025),
			member(DemoAgencies.SO_TAI_CHINH, "Quàng Thị Lan", "CLERK", "PART_TIME", null, null),
			member(DemoAgencies.SO_GIAO_DUC, "Đinh Văn Hùng", "ARCHIVIST", "FULL_TIME", LocalDate.of(2025, 10, 2),
					COURSE_2025),
			member(DemoAgencies.SO_GIAO_DUC, "Tòng Thị Mai", "CLERK", "FULL_TIME", LocalDate.of(2026, 3, 20),
					COURSE_2026),
			member(DemoAgencies.UBND_MOC_CHAU, "Hà Văn Dũng", "CLERK_ARCHIVIST", "PART_TIME", null, null),
			member(DemoAgencies.LUU_TRU_LICH_SU, "Bạc Thị Ngọc", "ARCHIVIST", "FULL_TIME", LocalDate.of(2025, 6, 12),
					COURSE_2025),
			member(DemoAgencies.LUU_TRU_LICH_SU, "Mè Văn Sơn", "ARCHIVIST", "FULL_TIME", LocalDate.of(2025, 6, 12),
					COURSE_2025));

	private DemoStaff() {
	}

	private static Member member(String agency, String name, String role, String employment, LocalDate trainedOn,
			String course) {
		return new Member(agency, new StaffRequest(name, role, employment, trainedOn, course));
	}

}
