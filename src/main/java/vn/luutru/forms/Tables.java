package vn.luutru.forms;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Word tables with fixed column widths: without a grid LibreOffice and Word each guess
 * their own widths, and the signature blocks drift apart.
 */
final class Tables {

	private Tables() {
	}

	/** A borderless layout table, for letterheads and signatures. */
	static XWPFTable plain(XWPFDocument document, int rows, int[] widths) {
		XWPFTable table = create(document, rows, widths);
		table.removeBorders();
		table.setCellMargins(0, 0, 0, 0);
		return table;
	}

	/**
	 * A bordered table with a bold, centred header row; body cells in the given sizes.
	 */
	static XWPFTable bordered(XWPFDocument document, List<String> headers, List<List<String>> rows, int[] widths,
			int[] points) {
		XWPFTable table = create(document, rows.size() + 1, widths);
		for (int c = 0; c < headers.size(); c++) {
			OfficialDocument.run(paragraph(table, 0, c, ParagraphAlignment.CENTER), headers.get(c), 12).setBold(true);
		}
		for (int r = 0; r < rows.size(); r++) {
			List<String> values = rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				ParagraphAlignment alignment = (c == 0) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
				OfficialDocument.run(paragraph(table, r + 1, c, alignment), values.get(c), points[c]);
			}
		}
		table.getRow(0).setRepeatHeader(true);
		return table;
	}

	/** The first paragraph of a cell, aligned. */
	static XWPFParagraph paragraph(XWPFTable table, int row, int column, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = table.getRow(row).getCell(column).getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	private static XWPFTable create(XWPFDocument document, int rows, int[] widths) {
		XWPFTable table = document.createTable(rows, widths.length);
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(total));
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			grid = table.getCTTbl().addNewTblGrid();
		}
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < widths.length; c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidthType(TableWidthType.DXA);
				cell.setWidth(String.valueOf(widths[c]));
			}
		}
		return table;
	}

}
