package vn.luutru.schedule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Workbooks far over the import's row limit, written by streaming. */
final class LargeSheets {

	static final int ROWS = 100_000;

	private static byte[] filePlan;

	private static byte[] retentionSchedule;

	private LargeSheets() {
	}

	/** A file plan sheet with 100,000 filled data rows under its header. */
	static synchronized byte[] filePlan() {
		if (filePlan == null) {
			filePlan = write(FilePlanImportSheet.HEADERS, FilePlanImportSheet.HEADER_ROW);
		}
		return filePlan;
	}

	/** A retention schedule sheet with 100,000 filled data rows under its header. */
	static synchronized byte[] retentionSchedule() {
		if (retentionSchedule == null) {
			retentionSchedule = write(RetentionScheduleWorkbook.HEADERS, RetentionScheduleWorkbook.HEADER_ROW);
		}
		return retentionSchedule;
	}

	private static byte[] write(List<String> headers, int headerRow) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Danh mục");
			Row header = sheet.createRow(headerRow);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			for (int r = 1; r <= ROWS; r++) {
				Row row = sheet.createRow(headerRow + r);
				row.createCell(0).setCellValue(String.format("%02d.VP", r % 100));
				for (int c = 1; c < headers.size(); c++) {
					row.createCell(c).setCellValue("Hồ sơ số " + (r % 1000));
				}
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
