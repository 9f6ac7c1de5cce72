package vn.luutru.access;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page read in the reading room and a copy handed over in a DIP carry the same two
 * lines: a copy, for which reader, printed by whom and when; which page of what, under
 * which grant or request.
 */
class CopyMarkTest {

	private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 5, 8, 15);

	@Test
	void aPageReadInsideAGrantNamesTheReaderTheTimeAndTheGrant() {
		CopyMark mark = CopyMark.ofGrant("Cầm Văn Kiên", "Cầm Văn Kiên (docgia1)", AT, 7);

		assertThat(mark.top()).isEqualTo("BẢN SAO — cấp cho Cầm Văn Kiên — In bởi Cầm Văn Kiên (docgia1) lúc 08:15 "
				+ "05/03/2026 / Printed by Cầm Văn Kiên (docgia1) at 08:15 on 2026-03-05");
		assertThat(mark.bottom("VB.01", 2)).isEqualTo("BẢN SAO — VB.01 — trang 2 — LuuTru, quyền đọc số 7");
	}

	@Test
	void aCopyHandedOverForARequestNamesTheReaderTheOfficerAndTheRequest() {
		CopyMark mark = CopyMark.ofRequest("Cầm Văn Kiên", "Lò Thị Mai (luutru)", AT, 12);

		assertThat(mark.top()).startsWith("BẢN SAO — cấp cho Cầm Văn Kiên — In bởi Lò Thị Mai (luutru) lúc 08:15 "
				+ "05/03/2026 / Printed by Lò Thị Mai (luutru)");
		assertThat(mark.bottom("VB.01", 1)).isEqualTo("BẢN SAO — VB.01 — trang 1 — LuuTru, yêu cầu số 12");
	}

}
