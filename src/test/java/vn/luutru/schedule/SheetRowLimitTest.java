package vn.luutru.schedule;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import vn.luutru.common.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A sheet over the row limit is refused while its rows are being counted, before the
 * workbook is built in memory.
 */
class SheetRowLimitTest {

	@Test
	void refusesA100000RowSheetAllocatingLessThan64Mb() {
		byte[] bytes = LargeSheets.filePlan();
		assertThat(bytes.length).as("under the upload limit, so the row count decides")
			.isLessThan((int) SheetCells.MAX_BYTES);
		MockMultipartFile file = new MockMultipartFile("file", "bang.xlsx", null, bytes);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long threadId = Thread.currentThread().getId();
		long before = threads.getThreadAllocatedBytes(threadId);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> SheetCells.open(file, FilePlanImportSheet.HEADER_ROW + 1));
		long allocated = threads.getThreadAllocatedBytes(threadId) - before;
		assertThat(refused).isNotNull();
		assertThat(refused.problems()).singleElement()
			.satisfies((p) -> assertThat(p.code()).isEqualTo("error.schedule.tooManyRows"));
		assertThat(allocated).as("bytes allocated while refusing").isLessThan(64L * 1024 * 1024);
	}

	@Test
	void opensASheetAtTheLimit() throws Exception {
		java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
		rows.add(java.util.List.copyOf(FilePlanImportSheet.HEADERS));
		for (int r = 0; r < SheetCells.MAX_ROWS; r++) {
			rows.add(java.util.List.of("01.VP", "Văn phòng", "Hồ sơ " + r, "56"));
		}
		MockMultipartFile file = new MockMultipartFile("file", "bang.xlsx", null, ScheduleApiSupport.xlsx(rows));
		try (var workbook = SheetCells.open(file, FilePlanImportSheet.HEADER_ROW + 1)) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(SheetCells.MAX_ROWS);
		}
	}

}
