package vn.luutru.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of a Decree 30 form laid out top to bottom: letterhead and motto, title,
 * numbered table, footer, place and date, signatures. Printed on A4 landscape, fitted to
 * the page width, with the table header repeated on every page.
 */
public final class FormSheet {

	private final Sheet sheet;

	private final FormStyles styles;

	private final int[] widths;

	private final int columns;

	private int next;

	/** Height of one line of 12 pt Times New Roman, in points. */
	private static final float LINE = 14.5f;

	/**
	 * @param workbook the workbook; its styles are made here, so make one form sheet per
	 * workbook
	 * @param name the sheet name
	 * @param widths column widths in characters
	 */
	public FormSheet(SXSSFWorkbook workbook, String name, int[] widths) {
		this.sheet = workbook.createSheet(name);
		this.styles = new FormStyles(workbook);
		this.widths = widths.clone();
		this.columns = widths.length;
		this.sheet.setDefaultRowHeightInPoints(16f);
		for (int c = 0; c < widths.length; c++) {
			this.sheet.setColumnWidth(c, widths[c] * 256);
		}
		PrintSetup print = this.sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setMargin(PageMargin.LEFT, 0.6);
		this.sheet.setMargin(PageMargin.RIGHT, 0.4);
		this.sheet.getFooter().setCenter("Trang &P/&N");
	}

	/** The agency on the left, the national motto on the right, split at a column. */
	public void letterhead(Letterhead letterhead, int split) {
		int top = this.next;
		put(top, 0, split - 1, nullToEmpty(letterhead.parentAgency()), this.styles.headPlain);
		put(top, split, this.columns - 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", this.styles.headBold);
		put(top + 1, 0, split - 1, letterhead.agency(), this.styles.headUnderlined);
		put(top + 1, split, this.columns - 1, "Độc lập - Tự do - Hạnh phúc", this.styles.headUnderlined);
		this.next = top + 3;
	}

	public void title(String text) {
		put(this.next++, 0, this.columns - 1, text, this.styles.title);
	}

	public void subtitle(String text) {
		put(this.next++, 0, this.columns - 1, text, this.styles.subtitle);
	}

	public void centredLine(String text) {
		put(this.next++, 0, this.columns - 1, text, this.styles.headPlain);
	}

	public void footerLine(String text) {
		put(this.next++, 0, this.columns - 1, text, this.styles.footer);
	}

	public void blank() {
		this.next++;
	}

	/**
	 * The header row and the row of column numbers "(1)", "(2)" …, repeated on each page.
	 */
	public void tableHeader(List<String> headers) {
		Row header = this.sheet.createRow(this.next);
		Row numbers = this.sheet.createRow(this.next + 1);
		for (int c = 0; c < headers.size(); c++) {
			cell(header, c, this.styles.header).setCellValue(headers.get(c));
			cell(numbers, c, this.styles.columnNumber).setCellValue("(" + (c + 1) + ")");
			fitHeight(header, c, headers.get(c), 0.95);
		}
		this.sheet.setRepeatingRows(new CellRangeAddress(this.next, this.next + 1, 0, headers.size() - 1));
		this.next += 2;
	}

	/** A new table row with every cell bordered, ready for values. */
	public Row row() {
		Row row = this.sheet.createRow(this.next++);
		for (int c = 0; c < this.columns; c++) {
			cell(row, c, this.styles.text);
		}
		return row;
	}

	public void text(Row row, int column, String value) {
		if (value != null) {
			row.getCell(column).setCellValue(value);
			fitHeight(row, column, value, 1.0);
		}
	}

	public void centred(Row row, int column, String value) {
		text(row, column, value);
		row.getCell(column).setCellStyle(this.styles.centred);
	}

	public void number(Row row, int column, long value) {
		row.getCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(this.styles.number);
	}

	/** A row number (STT), centred and without thousands separators. */
	public void serial(Row row, int column, long value) {
		row.getCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(this.styles.serial);
	}

	public void date(Row row, int column, LocalDate value) {
		row.getCell(column).setCellStyle(this.styles.date);
		if (value != null) {
			row.getCell(column).setCellValue(value);
		}
	}

	/** The table's closing row: a label merged over the first columns, then the sums. */
	public void totals(String label, int labelColumns, Map<Integer, Long> sums) {
		Row row = this.sheet.createRow(this.next);
		for (int c = 0; c < this.columns; c++) {
			Long sum = sums.get(c);
			Cell cell = cell(row, c, (sum != null) ? this.styles.totalNumber : this.styles.totalLabel);
			if (sum != null) {
				cell.setCellValue(sum);
			}
		}
		row.getCell(0).setCellValue(label);
		this.sheet.addMergedRegion(new CellRangeAddress(this.next, this.next, 0, labelColumns - 1));
		this.next++;
	}

	/** "Sơn La, ngày … tháng … năm …" over the right-hand columns. */
	public void placeAndDate(PlaceAndDate placeAndDate, int split) {
		put(this.next++, split, this.columns - 1, placeAndDate.line(), this.styles.footerItalic);
	}

	/** Two signature blocks, left and right of a column, with room to sign. */
	public void signatures(Signatory left, Signatory right, int split) {
		int top = this.next;
		put(top, 0, split - 1, left.role(), this.styles.headBold);
		put(top, split, this.columns - 1, right.role(), this.styles.headBold);
		put(top + 1, 0, split - 1, left.hint(), this.styles.italicCentred);
		put(top + 1, split, this.columns - 1, right.hint(), this.styles.italicCentred);
		put(top + 5, 0, split - 1, nullToEmpty(left.name()), this.styles.headBold);
		put(top + 5, split, this.columns - 1, nullToEmpty(right.name()), this.styles.headBold);
		this.next = top + 6;
	}

	/**
	 * Neither SXSSF nor LibreOffice sizes a row to its wrapped text, so the row grows by
	 * an estimate of the lines the text needs; a little too tall reads better than
	 * clipped.
	 */
	private void fitHeight(Row row, int column, String text, double density) {
		int perLine = Math.max(1, (int) ((this.widths[column] - 1) * 1.1 * density));
		int lines = 0;
		for (String part : text.split("\n", -1)) {
			lines += Math.max(1, (part.length() + perLine - 1) / perLine);
		}
		float height = lines * LINE + 3;
		if (lines > 1 && height > row.getHeightInPoints()) {
			row.setHeightInPoints(height);
		}
	}

	private void put(int rowIndex, int first, int last, String text, CellStyle style) {
		Row row = this.sheet.getRow(rowIndex);
		if (row == null) {
			row = this.sheet.createRow(rowIndex);
		}
		cell(row, first, style).setCellValue(text);
		if (last > first) {
			this.sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, first, last));
		}
	}

	private static Cell cell(Row row, int column, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
