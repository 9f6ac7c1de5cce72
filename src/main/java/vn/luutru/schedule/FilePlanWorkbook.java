package vn.luutru.schedule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.luutru.forms.A4Pages;
import vn.luutru.forms.Letterhead;
import vn.luutru.forms.RowHeights;

/**
 * A year's file plan in the layout of Decree 30/2020 Annex V (danh mục hồ sơ): the agency
 * under its managing body at the top left, title, year and the decision issuing it, five
 * numbered columns repeated on every page, a bold row per main heading numbered in Roman
 * numerals, the planned files under it, and a footer counting permanent and fixed-term
 * files. Printed A4 landscape, fitted to the width.
 */
final class FilePlanWorkbook {

	static final String SHEET = "Danh mục hồ sơ";

	static final List<String> HEADERS = List.of("Số và ký hiệu hồ sơ", "Tên đề mục và tiêu đề hồ sơ",
			"Thời hạn bảo quản", "Đơn vị/người lập hồ sơ", "Ghi chú");

	static final int HEADER_ROW = 7;

	/** About 115 characters: A4 landscape at full size. */
	private static final int[] WIDTHS = { 14, 55, 12, 20, 14 };

	/** One line of 11 pt Times New Roman, in points. */
	private static final float LINE = 14f;

	/** Our 11 pt Times New Roman fits about 1.2 characters in a unit of Calibri width. */
	private static final double CALIBRI_UNITS = 1.2;

	/** Left blank for the agency to fill in when the head signs the decision. */
	static final String ISSUED_BY = "(Ban hành kèm theo Quyết định số ……/QĐ-…… ngày …… tháng …… năm …… của ……)";

	private static final String[] ROMAN_SYMBOLS = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
			"I" };

	private static final int[] ROMAN_VALUES = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };

	private FilePlanWorkbook() {
	}

	static String title(FilePlan plan) {
		return "DANH MỤC HỒ SƠ CỦA " + plan.agencyName().toUpperCase(Locale.ROOT);
	}

	static String footer(FilePlan plan) {
		return "Tổng số: " + plan.total() + " hồ sơ, trong đó: " + plan.permanent() + " hồ sơ vĩnh viễn, "
				+ plan.fixedTerm() + " hồ sơ có thời hạn";
	}

	static byte[] write(FilePlan plan, Letterhead letterhead) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SheetStyles styles = new SheetStyles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			for (int c = 0; c < WIDTHS.length; c++) {
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			if (letterhead.parentAgency() != null) {
				put(sheet.createRow(0), 0, letterhead.parentAgency(), styles.agency);
				sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
			}
			put(sheet.createRow(1), 0, letterhead.agency(), styles.agencyUnderlined);
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
			banner(sheet, 3, title(plan), styles.title);
			banner(sheet, 4, "Năm " + plan.planYear(), styles.title);
			banner(sheet, 5, ISSUED_BY, styles.italic);
			Row header = sheet.createRow(HEADER_ROW);
			Row numbers = sheet.createRow(HEADER_ROW + 1);
			for (int c = 0; c < HEADERS.size(); c++) {
				put(header, c, HEADERS.get(c), styles.header);
				put(numbers, c, "(" + (c + 1) + ")", styles.centred);
			}
			RowHeights.fit(header, WIDTHS, LINE, CALIBRI_UNITS);
			int r = HEADER_ROW + 2;
			int headings = 0;
			String heading = null;
			for (FilePlanItemView item : plan.items()) {
				if (headings == 0 || !Objects.equals(heading, item.heading())) {
					heading = item.heading();
					Row row = sheet.createRow(r++);
					put(row, 0, null, styles.heading);
					put(row, 1, roman(++headings) + ". " + Objects.requireNonNullElse(heading, ""), styles.heading);
					for (int c = 2; c < HEADERS.size(); c++) {
						put(row, c, null, styles.heading);
					}
				}
				Row row = sheet.createRow(r++);
				put(row, 0, item.fileNotation(), styles.centred);
				put(row, 1, item.title(), styles.text);
				put(row, 2, item.retention(), styles.centred);
				put(row, 3, item.creator(), styles.text);
				put(row, 4, item.notes(), styles.text);
				RowHeights.fit(row, WIDTHS, LINE, CALIBRI_UNITS);
			}
			banner(sheet, r + 1, footer(plan), styles.footer);
			banner(sheet, r + 2, "Mã định danh cơ quan: " + plan.agencyCode(), styles.italic);
			A4Pages.apply(sheet, true, new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, 0, HEADERS.size() - 1));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String roman(int number) {
		StringBuilder sb = new StringBuilder();
		int rest = number;
		for (int i = 0; i < ROMAN_VALUES.length; i++) {
			while (rest >= ROMAN_VALUES[i]) {
				sb.append(ROMAN_SYMBOLS[i]);
				rest -= ROMAN_VALUES[i];
			}
		}
		return sb.toString();
	}

	private static void banner(Sheet sheet, int rowIndex, String text, CellStyle style) {
		put(sheet.createRow(rowIndex), 0, text, style);
		sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, HEADERS.size() - 1));
	}

	private static void put(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

}
