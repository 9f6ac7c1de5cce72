package vn.luutru.transfer.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads a form back the way a user sees it: formatted cell texts, row by row. */
public final class SheetText {

	private static final DataFormatter FORMATTER = new DataFormatter();

	private SheetText() {
	}

	/** The formatted texts of a row, one per column up to {@code columns}. */
	public static List<String> cells(Row row, int columns) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			Cell cell = (row != null) ? row.getCell(c) : null;
			texts.add((cell != null) ? FORMATTER.formatCellValue(cell) : "");
		}
		return texts;
	}

	/** Every non-empty text on the sheet, top to bottom. */
	public static List<String> all(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				String text = FORMATTER.formatCellValue(cell);
				if (!text.isEmpty()) {
					texts.add(text);
				}
			}
		}
		return texts;
	}

	/** The first row whose first cell reads {@code text}. */
	public static Optional<Row> rowStartingWith(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && text.equals(FORMATTER.formatCellValue(cell))) {
				return Optional.of(row);
			}
		}
		return Optional.empty();
	}

}
