package vn.luutru.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.luutru.common.InvalidInputException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;

/**
 * The staff list layout: first sheet, header in row 1, one member a row from row 2.
 * Columns: A Họ và tên, B Vai trò (Văn thư, Lưu trữ, Văn thư kiêm lưu trữ, Lãnh đạo phụ
 * trách), C Chế độ (Chuyên trách, Kiêm nhiệm), D Ngày tập huấn (a date cell, dd/MM/yyyy
 * or yyyy-MM-dd; empty: not trained), E Khóa tập huấn.
 */
final class StaffSheet {

	static final List<String> HEADER = List.of("Họ và tên", "Vai trò", "Chế độ", "Ngày tập huấn", "Khóa tập huấn");

	private static final DataFormatter FORMATTER = new DataFormatter();

	private static final List<DateTimeFormatter> DATE_FORMS = List.of(
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private StaffSheet() {
	}

	/** One row as a request, with its Excel row number (from 1). */
	record Line(int number, StaffRequest request) {

		String prefix() {
			return "rows[" + this.number + "].";
		}

	}

	static List<Line> read(Sheet sheet, Problems problems) {
		Row header = sheet.getRow(0);
		for (int c = 0; c < HEADER.size(); c++) {
			String found = text(header, c);
			if (found == null || !found.replaceAll("\\s+", " ").equalsIgnoreCase(HEADER.get(c))) {
				throw InvalidInputException.of("file", "staff.error.header", String.valueOf((char) ('A' + c)),
						HEADER.get(c));
			}
		}
		List<Line> lines = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (blank(row)) {
				continue;
			}
			int number = r + 1;
			LocalDate trainedOn = date(row, 3, "rows[" + number + "].trainedOn", problems);
			lines.add(new Line(number,
					new StaffRequest(text(row, 0), text(row, 1), text(row, 2), trainedOn, text(row, 4))));
		}
		return lines;
	}

	private static LocalDate date(Row row, int column, String field, Problems problems) {
		Cell cell = row.getCell(column);
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String value = text(row, column);
		if (value == null) {
			return null;
		}
		for (DateTimeFormatter form : DATE_FORMS) {
			try {
				return LocalDate.parse(value, form);
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		problems.add(field, "staff.error.dateForm", value);
		return null;
	}

	private static String text(Row row, int column) {
		Cell cell = (row != null) ? row.getCell(column) : null;
		return (cell != null) ? Text.clean(FORMATTER.formatCellValue(cell)) : null;
	}

	private static boolean blank(Row row) {
		for (int c = 0; c < HEADER.size(); c++) {
			if (text(row, c) != null) {
				return false;
			}
		}
		return true;
	}

}
