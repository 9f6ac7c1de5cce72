package vn.luutru.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The intake sheet's layout as a workbook: the blank template (header and one example
 * row), and the rows a check refused, in the same layout with a last column "Lỗi" naming
 * what to fix, in Vietnamese. The rows of an error sheet can be corrected in place and
 * the sheet sent again.
 */
final class IntakeWorkbook {

	static final String SHEET_NAME = "Hồ sơ - Văn bản";

	static final String ERRORS = "Lỗi";

	private static final Map<IntakeColumn, String> EXAMPLE = Map.ofEntries(
			Map.entry(IntakeColumn.FILE_NOTATION, "01.VP"), Map.entry(IntakeColumn.FILE_YEAR, "2019"),
			Map.entry(IntakeColumn.FILE_TITLE, "Tập công văn đi năm 2019"), Map.entry(IntakeColumn.MAINTENANCE, "06"),
			Map.entry(IntakeColumn.FILE_ACCESS_MODE, "01"), Map.entry(IntakeColumn.START_DATE, "02/01/2019"),
			Map.entry(IntakeColumn.END_DATE, "31/12/2019"), Map.entry(IntakeColumn.FILE_STATUS, "Đã nộp lưu"),
			Map.entry(IntakeColumn.DEPOSIT_DATE, "15/06/2020"), Map.entry(IntakeColumn.POSITION, "1"),
			Map.entry(IntakeColumn.TYPE_NAME, "Công văn"), Map.entry(IntakeColumn.CODE_NUMBER, "125"),
			Map.entry(IntakeColumn.CODE_NOTATION, "SNV-VP"), Map.entry(IntakeColumn.ISSUED_DATE, "14/03/2019"),
			Map.entry(IntakeColumn.ORGAN_NAME, "Sở Nội vụ tỉnh Sơn La"),
			Map.entry(IntakeColumn.SUBJECT, "V/v hướng dẫn lập hồ sơ năm 2019"), Map.entry(IntakeColumn.LANGUAGE, "01"),
			Map.entry(IntakeColumn.PAGES, "2"), Map.entry(IntakeColumn.CONFIDENCE, "01"),
			Map.entry(IntakeColumn.CONTENT_FILE, "2019/cong-van-125.pdf"));

	private IntakeWorkbook() {
	}

	/** A refused row: its cells as read and what is wrong. */
	record RejectedRow(Map<IntakeColumn, String> values, String errors) {

	}

	static byte[] template() {
		return write(List.of(new RejectedRow(EXAMPLE, null)), false);
	}

	static byte[] errors(List<RejectedRow> rows) {
		return write(rows, true);
	}

	private static byte[] write(List<RejectedRow> rows, boolean withErrors) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(SHEET_NAME);
			CellStyle head = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			head.setFont(bold);
			head.setWrapText(true);
			CellStyle text = workbook.createCellStyle();
			DataFormat format = workbook.createDataFormat();
			// Text cells: codes keep their leading zero (06, 01) and dates their form.
			text.setDataFormat(format.getFormat("@"));
			IntakeColumn[] columns = IntakeColumn.values();
			Row header = sheet.createRow(0);
			for (int c = 0; c < columns.length; c++) {
				header.createCell(c).setCellValue(columns[c].header);
				header.getCell(c).setCellStyle(head);
				sheet.setColumnWidth(c, 20 * 256);
				sheet.setDefaultColumnStyle(c, text);
			}
			if (withErrors) {
				header.createCell(columns.length).setCellValue(ERRORS);
				header.getCell(columns.length).setCellStyle(head);
				sheet.setColumnWidth(columns.length, 60 * 256);
			}
			int r = 1;
			for (RejectedRow row : rows) {
				Row line = sheet.createRow(r++);
				for (int c = 0; c < columns.length; c++) {
					String value = row.values().get(columns[c]);
					if (value != null) {
						line.createCell(c).setCellValue(value);
						line.getCell(c).setCellStyle(text);
					}
				}
				if (withErrors) {
					line.createCell(columns.length).setCellValue(row.errors());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
