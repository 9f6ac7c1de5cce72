package vn.luutru.forms;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Rows tall enough for their wrapped text. Neither SXSSF nor LibreOffice sizes a row to
 * its wrapped text when it opens an .xlsx, so wrapped lines print over each other unless
 * the row's height is set while it is written; the height comes from the same measure of
 * Vietnamese text the report column widths use.
 */
public final class RowHeights {

	private RowHeights() {
	}

	/**
	 * Sets the row's height to the most lines any of its text cells needs in its column.
	 * @param row a row still in memory
	 * @param widths the column widths in characters
	 * @param lineHeight the height of one line in points (about 1.25 × the font size)
	 * @param density characters of the cells' font per unit of column width: 1 when the
	 * workbook's default font is the cells' font, about 1.2 for 11 pt Times New Roman in
	 * a workbook whose widths are measured in Calibri
	 */
	public static void fit(Row row, int[] widths, float lineHeight, double density) {
		int lines = 1;
		for (Cell cell : row) {
			int c = cell.getColumnIndex();
			if (c < widths.length && cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
				lines = Math.max(lines, ColumnWidths.lines(cell.getStringCellValue(), (int) (widths[c] * density)));
			}
		}
		if (lines > 1) {
			row.setHeightInPoints(lines * lineHeight + 3);
		}
	}

}
