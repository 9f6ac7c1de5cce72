package vn.luutru.schedule;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.web.multipart.MultipartFile;

import vn.luutru.common.UploadedWorkbook;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.Text;

/** Reading uploaded sheets: opening them safely and cells as the user sees them. */
final class SheetCells {

	/** A schedule or a year's plan is a few thousand rows at most. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int MAX_ROWS = 5000;

	private static final DataFormatter FORMATTER = new DataFormatter();

	private SheetCells() {
	}

	private static final UploadedWorkbook UPLOAD = new UploadedWorkbook(MAX_BYTES, MAX_ROWS,
			"error.schedule.workbookTooLarge", "error.schedule.notWorkbook", "error.schedule.tooManyRows");

	/**
	 * Opens an uploaded .xlsx or answers 400 on the field {@code file}.
	 * @param leadingRows the title and header rows above the data
	 */
	static Workbook open(MultipartFile file, int leadingRows) {
		return UPLOAD.open(file, leadingRows);
	}

	/** The first sheet, where every layout of ours keeps its data. */
	static Sheet firstSheet(Workbook workbook) {
		if (workbook.getNumberOfSheets() == 0) {
			throw InvalidInputException.of("file", "error.schedule.noRows");
		}
		return workbook.getSheetAt(0);
	}

	/** The cell's text as Excel shows it, NFC, trimmed; null when blank. */
	static String text(Row row, int column) {
		Cell cell = (row != null) ? row.getCell(column) : null;
		return (cell != null) ? Text.clean(FORMATTER.formatCellValue(cell)) : null;
	}

	static boolean blank(Row row, int columns) {
		for (int c = 0; c < columns; c++) {
			if (text(row, c) != null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Checks that a row carries the expected column titles, ignoring case and spacing.
	 */
	static void requireHeader(Sheet sheet, int rowIndex, List<String> expected) {
		Row row = sheet.getRow(rowIndex);
		for (int c = 0; c < expected.size(); c++) {
			String found = text(row, c);
			if (found == null || !squash(found).equalsIgnoreCase(squash(expected.get(c)))) {
				throw InvalidInputException.of("file", "error.schedule.badHeader", rowIndex + 1, column(c),
						expected.get(c));
			}
		}
	}

	/** Column letter of a zero-based index, for messages. */
	static String column(int index) {
		return String.valueOf((char) ('A' + index));
	}

	private static String squash(String value) {
		return value.replaceAll("\\s+", " ");
	}

}
