package vn.luutru.demo;

import java.util.List;

/** The demo logins, one per role; they exist only in the demo profile. */
public final class DemoAccounts {

	public static final String PASSWORD = "demo1234";

	/** userId, first name, last name, agency code, role. */
	static final List<String[]> USERS = List.of(
			new String[] { "vanthu", "Nguyễn Thị", "Hoa", DemoAgencies.SO_NOI_VU, "clerk" },
			new String[] { "luutru", "Lò Văn", "Minh", DemoAgencies.SO_NOI_VU, "archivist" },
			new String[] { "lanhdao", "Cầm Văn", "Thắng", DemoAgencies.SO_NOI_VU, "agency-head" },
			new String[] { "hoidong", "Đinh Thị", "Lan", DemoAgencies.SO_NOI_VU, "council" },
			new String[] { "quanly", "Hà Văn", "Sơn", DemoAgencies.SO_NOI_VU, "manager" },
			new String[] { "lichsu", "Quàng Thị", "Mai", DemoAgencies.LUU_TRU_LICH_SU, "historical-archive" },
			new String[] { "vanthu.stc", "Trần Văn", "Bình", DemoAgencies.SO_TAI_CHINH, "clerk" },
			new String[] { "quantri", "Lê Văn", "Quân", DemoAgencies.UBND_TINH, "admin" });

	private DemoAccounts() {
	}

	/** One line per login for the start-up banner. */
	public static List<String> describe() {
		return USERS.stream().map((u) -> String.format("  %-11s / %s  (%s, %s)", u[0], PASSWORD, u[4], u[3])).toList();
	}

}
