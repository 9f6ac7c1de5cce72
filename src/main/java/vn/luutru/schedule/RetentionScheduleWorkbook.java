package vn.luutru.schedule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.luutru.common.Problems;
import vn.luutru.forms.A4Pages;
import vn.luutru.forms.RowHeights;

/**
 * The retention schedule as one Excel sheet (bảng thời hạn bảo quản): title in row 1,
 * column titles in row 2, one rule per row from row 3. The same layout is read back by
 * the import, so an exported sheet can be edited and imported again
 * (docs/excel-layouts.md).
 */
final class RetentionScheduleWorkbook {

	static final String SHEET = "Bảng thời hạn bảo quản";

	static final String TITLE = "BẢNG THỜI HẠN BẢO QUẢN HỒ SƠ, TÀI LIỆU";

	static final List<String> HEADERS = List.of("Mã", "Nhóm", "Tên nhóm hồ sơ, tài liệu", "Mã thời hạn",
			"Thời hạn bảo quản", "Số năm", "Xử lý khi hết hạn", "Căn cứ pháp lý", "Đang dùng");

	static final int HEADER_ROW = 1;

	static final String YES = "Có";

	/** One line of 11 pt Times New Roman, in points. */
	private static final float LINE = 14f;

	/** Our 11 pt Times New Roman fits about 1.2 characters in a unit of Calibri width. */
	private static final double CALIBRI_UNITS = 1.2;

	static final String NO = "Không";

	/** Wrapped text fits A4 landscape at about 85% (A4Pages fits it to the width). */
	private static final int[] WIDTHS = { 7, 22, 45, 8, 12, 7, 14, 22, 8 };

	private RetentionScheduleWorkbook() {
	}

	static byte[] write(List<RetentionRule> rules) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SheetStyles styles = new SheetStyles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			for (int c = 0; c < WIDTHS.length; c++) {
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			put(sheet.createRow(0), 0, TITLE, styles.title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
			Row header = sheet.createRow(HEADER_ROW);
			for (int c = 0; c < HEADERS.size(); c++) {
				put(header, c, HEADERS.get(c), styles.header);
			}
			RowHeights.fit(header, WIDTHS, LINE, CALIBRI_UNITS);
			int r = HEADER_ROW + 1;
			for (RetentionRule rule : rules) {
				Row row = sheet.createRow(r++);
				put(row, 0, rule.code(), styles.centred);
				put(row, 1, rule.heading(), styles.text);
				put(row, 2, rule.title(), styles.text);
				put(row, 3, rule.maintenanceCode(), styles.centred);
				put(row, 4, rule.period().label(), styles.centred);
				Cell years = row.createCell(5);
				years.setCellStyle(styles.centred);
				if (rule.retentionYears() != null) {
					years.setCellValue(rule.retentionYears());
				}
				put(row, 6, rule.actionAtEnd().label(), styles.centred);
				put(row, 7, rule.legalBasis(), styles.text);
				put(row, 8, rule.active() ? YES : NO, styles.centred);
				RowHeights.fit(row, WIDTHS, LINE, CALIBRI_UNITS);
			}
			sheet.createFreezePane(0, HEADER_ROW + 1);
			sheet.setAutoFilter(
					new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW + 1, r - 1), 0, HEADERS.size() - 1));
			A4Pages.apply(sheet, true, new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, HEADERS.size() - 1));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads every data row; cells that cannot be read at all are added to problems. */
	static List<SheetRow<RetentionRuleRequest>> read(Workbook workbook, Problems problems) {
		Sheet sheet = SheetCells.firstSheet(workbook);
		SheetCells.requireHeader(sheet, HEADER_ROW, HEADERS);
		List<SheetRow<RetentionRuleRequest>> rows = new ArrayList<>();
		for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (SheetCells.blank(row, HEADERS.size())) {
				continue;
			}
			Fields fields = new Fields(problems, "rows[" + (r + 1) + "].");
			RetentionRuleRequest request = new RetentionRuleRequest(SheetCells.text(row, 0), SheetCells.text(row, 1),
					SheetCells.text(row, 2), maintenanceCode(SheetCells.text(row, 3)),
					wholeNumber(SheetCells.text(row, 5), "retentionYears", fields), SheetCells.text(row, 6),
					SheetCells.text(row, 7), active(SheetCells.text(row, 8), fields));
			rows.add(new SheetRow<>(r + 1, request));
		}
		return rows;
	}

	/** People type 1 for 01; Excel then drops the leading zero. */
	private static String maintenanceCode(String value) {
		return (value != null && value.matches("\\d")) ? "0" + value : value;
	}

	private static Integer wholeNumber(String value, String field, Fields fields) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			fields.add(field, "error.schedule.wholeNumber");
			return null;
		}
	}

	private static Boolean active(String value, Fields fields) {
		if (value == null || value.equalsIgnoreCase(YES) || value.equalsIgnoreCase("TRUE")) {
			return true;
		}
		if (value.equalsIgnoreCase(NO) || value.equalsIgnoreCase("FALSE")) {
			return false;
		}
		fields.add("active", "error.schedule.yesOrNo");
		return null;
	}

	private static void put(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

}
