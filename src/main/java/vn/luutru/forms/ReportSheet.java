package vn.luutru.forms;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet of a report, written top to bottom: title block, header row, data rows,
 * totals, signatures. Rows stream out as they are written (SXSSF), so the sheet keeps
 * only what the print setup needs: the widest text of each column and the sums. Widths,
 * autofilter, orientation and page setup are settled by {@link #finish()}.
 */
public final class ReportSheet {

	/**
	 * Wider than this (in characters of 12 pt Times New Roman) a table prints landscape:
	 * A4 portrait within our margins holds about 80 characters, and a table shrunk below
	 * about 85% to fit reads worse than one turned.
	 */
	static final int PORTRAIT_WIDTH = 94;

	private static final float LINE = 15.5f;

	private final Sheet sheet;

	private final ReportStyles styles;

	private final List<ReportColumn> columns;

	private final ColumnWidths widths;

	private final double[] sums;

	private final int headerRow;

	private int firstDataRow;

	private int next;

	private int dataRows;

	private boolean closed;

	ReportSheet(Sheet sheet, ReportStyles styles, ReportTitle title, List<ReportColumn> columns, boolean numbered) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = List.copyOf(columns);
		this.widths = new ColumnWidths(columns.size());
		this.sums = new double[columns.size()];
		titleBlock(title);
		// every printed page says who printed it and when (Excel's codes start with &)
		sheet.getFooter().setLeft(PrintedCopy.excelFooter(title.printedLine()));
		this.headerRow = this.next;
		header(numbered);
		this.firstDataRow = this.next;
	}

	/** The 1-based Excel row number the next data row gets, for formulas in that row. */
	public int nextRowNumber() {
		return this.next + 1;
	}

	/** The column's letter, for formulas. */
	public static String letter(int column) {
		return CellReference.convertNumToColString(column);
	}

	/**
	 * A data row: one value per column (String, Number, LocalDate, CellFormula or null).
	 */
	public void row(Object... values) {
		row(RowHighlight.NONE, values);
	}

	public void row(RowHighlight highlight, Object... values) {
		if (this.closed) {
			throw new IllegalStateException("rows come before the totals");
		}
		if (values.length != this.columns.size()) {
			throw new IllegalArgumentException(values.length + " values for " + this.columns.size() + " columns");
		}
		Row row = this.sheet.createRow(this.next++);
		int lines = 1;
		for (int c = 0; c < values.length; c++) {
			ReportColumn column = this.columns.get(c);
			Cell cell = row.createCell(c);
			cell.setCellStyle(this.styles.cell(column.kind(), highlight));
			lines = Math.max(lines, put(cell, c, values[c]));
		}
		if (lines > 1) {
			row.setHeightInPoints(lines * LINE + 2);
		}
		this.dataRows++;
	}

	/**
	 * A bold row across the table naming the group of rows that follows (a file in a list
	 * of documents, a heading in a file plan).
	 */
	public void section(String text) {
		if (this.closed) {
			throw new IllegalStateException("rows come before the totals");
		}
		int lines = ColumnWidths.lines(text, (int) minimumTableWidth());
		Row row = put(this.next, 0, this.columns.size() - 1, text, this.styles.section);
		for (int c = 1; c < this.columns.size(); c++) {
			row.createCell(c).setCellStyle(this.styles.section);
		}
		if (lines > 1) {
			row.setHeightInPoints(lines * LINE + 2);
		}
		this.next++;
	}

	/**
	 * The totals row: the label over the columns before the first summed one, a SUM
	 * formula (with its computed value) under each summed column. A sheet without data
	 * rows gets one row saying so, so that the sums still have a range.
	 */
	public void totals(String label) {
		closeTable();
		Row row = this.sheet.createRow(this.next);
		int firstSummed = firstSummed();
		for (int c = 0; c < this.columns.size(); c++) {
			ReportColumn column = this.columns.get(c);
			Cell cell = row.createCell(c);
			cell.setCellStyle(column.summed() ? this.styles.total(column.kind()) : this.styles.totalLabel);
			if (column.summed()) {
				cell.setCellFormula("SUM(" + letter(c) + (this.firstDataRow + 1) + ":" + letter(c) + this.next + ")");
				cell.setCellValue(this.sums[c]);
			}
		}
		row.getCell(0).setCellValue(label);
		if (firstSummed <= 1) {
			this.widths.see(0, label);
		}
		else {
			this.sheet.addMergedRegion(new CellRangeAddress(this.next, this.next, 0, firstSummed - 1));
		}
		this.next++;
	}

	/** A line of text under the table, over its whole width (a note, a legend). */
	public void note(String text) {
		closeTable();
		put(this.next++, 0, this.columns.size() - 1, text, this.styles.note);
	}

	/** Place and date on the right, then two signature blocks with room to sign. */
	public void signatures(PlaceAndDate placeAndDate, Signatory left, Signatory right) {
		closeTable();
		int last = this.columns.size() - 1;
		int split = signatureSplit(ColumnWidths.measure(placeAndDate.line()) * 1.1 + 2);
		this.next++;
		put(this.next++, split, last, placeAndDate.line(), this.styles.placeAndDate);
		int top = this.next;
		put(top, 0, split - 1, left.role(), this.styles.signRole);
		put(top, split, last, right.role(), this.styles.signRole);
		put(top + 1, 0, split - 1, left.hint(), this.styles.signHint);
		put(top + 1, split, last, right.hint(), this.styles.signHint);
		put(top + 5, 0, split - 1, (left.name() != null) ? left.name() : "", this.styles.signRole);
		put(top + 5, split, last, (right.name() != null) ? right.name() : "", this.styles.signRole);
		this.next = top + 6;
	}

	/**
	 * The first column of the right-hand signature block: the middle of the table by
	 * width, moved left until the place-and-date line fits over the right-hand part.
	 */
	private int signatureSplit(double rightWidth) {
		int last = this.columns.size() - 1;
		if (last == 0) {
			return 0;
		}
		double half = this.widths.total() / 2.0;
		double left = 0;
		int split = 1;
		while (split < last && left + this.widths.width(split - 1) < half) {
			left += this.widths.width(split - 1);
			split++;
		}
		while (split > 1 && this.widths.total() - widthBefore(split) < rightWidth) {
			split--;
		}
		return split;
	}

	private double widthBefore(int column) {
		double width = 0;
		for (int c = 0; c < column; c++) {
			width += this.widths.width(c);
		}
		return width;
	}

	public int dataRows() {
		return this.dataRows;
	}

	/** Widths from the content, the autofilter over the table and the print setup. */
	void finish() {
		int lastTableRow = Math.max(this.headerRow + 1, this.firstDataRow + Math.max(1, this.dataRows)) - 1;
		closeTable();
		for (int c = 0; c < this.columns.size(); c++) {
			this.sheet.setColumnWidth(c, this.widths.width(c) * 256);
		}
		this.sheet.setAutoFilter(new CellRangeAddress(this.headerRow, lastTableRow, 0, this.columns.size() - 1));
		this.sheet.createFreezePane(0, this.firstDataRow);
		A4Pages.apply(this.sheet, this.widths.total() > PORTRAIT_WIDTH,
				new CellRangeAddress(this.headerRow, this.firstDataRow - 1, 0, this.columns.size() - 1));
	}

	private void titleBlock(ReportTitle title) {
		int last = this.columns.size() - 1;
		int half = Math.max(0, (last + 1) / 2 - 1);
		Letterhead letterhead = title.letterhead();
		if (letterhead.parentAgency() != null) {
			put(this.next++, 0, half, letterhead.parentAgency(), this.styles.parentAgency);
		}
		put(this.next++, 0, half, letterhead.agency(), this.styles.agency);
		this.next++;
		Row titleRow = put(this.next++, 0, last, title.title(), this.styles.title);
		// the title wraps when the table is narrow; the header gives the narrowest it can
		// be
		int lines = ColumnWidths.lines(title.title(), (int) (minimumTableWidth() / 1.25));
		titleRow.setHeightInPoints(Math.max(1, lines) * 19f + 2);
		if (title.period() != null) {
			put(this.next++, 0, last, title.period(), this.styles.subtitle);
		}
		put(this.next++, 0, last, title.generatedLine(), this.styles.note);
		this.next++;
	}

	private void header(boolean numbered) {
		Row header = this.sheet.createRow(this.next);
		Row numbers = numbered ? this.sheet.createRow(this.next + 1) : null;
		int lines = 1;
		for (int c = 0; c < this.columns.size(); c++) {
			String text = this.columns.get(c).header();
			this.widths.header(c, text);
			Cell cell = header.createCell(c);
			cell.setCellStyle(this.styles.header);
			cell.setCellValue(text);
			lines = Math.max(lines, ColumnWidths.lines(text, this.widths.width(c)));
			if (numbers != null) {
				Cell number = numbers.createCell(c);
				number.setCellStyle(this.styles.cell(ReportColumn.Kind.CENTRED, RowHighlight.NONE));
				number.setCellValue("(" + (c + 1) + ")");
			}
		}
		header.setHeightInPoints(lines * LINE + 2);
		this.next += numbered ? 2 : 1;
	}

	private double minimumTableWidth() {
		double total = 0;
		for (int c = 0; c < this.columns.size(); c++) {
			total += Math.max(this.widths.width(c), 8);
		}
		return total;
	}

	/** Writes a value and returns the lines it needs once wrapped at the column's cap. */
	private int put(Cell cell, int column, Object value) {
		if (value == null) {
			return 1;
		}
		if (value instanceof String text) {
			cell.setCellValue(text);
			double units = ColumnWidths.measure(text);
			this.widths.see(column, units);
			return (units > ColumnWidths.CAP - 1.5) ? ColumnWidths.lines(text, ColumnWidths.CAP) : 1;
		}
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			this.widths.see(column, 10);
			return 1;
		}
		double number;
		if (value instanceof CellFormula formula) {
			cell.setCellFormula(formula.expression());
			cell.setCellValue(formula.value());
			number = formula.value();
		}
		else if (value instanceof Number n) {
			number = n.doubleValue();
			cell.setCellValue(number);
		}
		else {
			throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName());
		}
		this.sums[column] += number;
		this.widths.see(column, numberWidth(this.columns.get(column).kind(), number));
		return 1;
	}

	private static double numberWidth(ReportColumn.Kind kind, double number) {
		String digits = String.valueOf(Math.round(Math.abs(number)));
		double width = digits.length() + (digits.length() - 1) / 3 * 0.5 + ((number < 0) ? 0.5 : 0);
		return switch (kind) {
			case DECIMAL -> width + 1.5;
			case PERCENT -> String.format("%.1f", number * 100).length() + 1;
			default -> width;
		};
	}

	private void closeTable() {
		if (!this.closed && this.dataRows == 0) {
			this.closed = true;
			this.dataRows = 0;
			Row row = this.sheet.createRow(this.next);
			for (int c = 0; c < this.columns.size(); c++) {
				row.createCell(c).setCellStyle(this.styles.cell(ReportColumn.Kind.CENTRED, RowHighlight.NONE));
			}
			row.getCell(0).setCellValue("Không có dữ liệu");
			if (this.columns.size() > 1) {
				this.sheet.addMergedRegion(new CellRangeAddress(this.next, this.next, 0, this.columns.size() - 1));
			}
			this.next++;
		}
		this.closed = true;
	}

	private int firstSummed() {
		for (int c = 0; c < this.columns.size(); c++) {
			if (this.columns.get(c).summed()) {
				return c;
			}
		}
		return this.columns.size();
	}

	private Row put(int rowIndex, int first, int last, String text, CellStyle style) {
		Row row = this.sheet.getRow(rowIndex);
		if (row == null) {
			row = this.sheet.createRow(rowIndex);
		}
		Cell cell = row.createCell(first);
		cell.setCellStyle(style);
		cell.setCellValue(text);
		if (last > first) {
			this.sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, first, last));
		}
		return row;
	}

}
