package vn.luutru.schedule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.luutru.common.Problems;

/**
 * The sheet agencies fill in to load a year's file plan: column titles in row 1, one
 * planned file per row from row 2, the retention given as the item code of the retention
 * schedule (docs/excel-layouts.md). Flat on purpose: the printed Decree 30 layout, with
 * its heading rows and labels such as "10 năm", cannot say which rule a file follows.
 */
final class FilePlanImportSheet {

	static final String SHEET = "Danh mục hồ sơ";

	static final List<String> HEADERS = List.of("Số và ký hiệu hồ sơ", "Đề mục", "Tiêu đề hồ sơ",
			"Mã quy định thời hạn", "Đơn vị/người lập hồ sơ", "Ghi chú");

	static final int HEADER_ROW = 0;

	private FilePlanImportSheet() {
	}

	/** Every data row as a request for the given year; agency comes from the caller. */
	static List<SheetRow<FilePlanItemRequest>> read(Workbook workbook, int planYear, Problems problems) {
		Sheet sheet = SheetCells.firstSheet(workbook);
		SheetCells.requireHeader(sheet, HEADER_ROW, HEADERS);
		List<SheetRow<FilePlanItemRequest>> rows = new ArrayList<>();
		for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (SheetCells.blank(row, HEADERS.size())) {
				continue;
			}
			rows.add(new SheetRow<>(r + 1,
					new FilePlanItemRequest(null, planYear, SheetCells.text(row, 0), SheetCells.text(row, 1),
							SheetCells.text(row, 2), SheetCells.text(row, 3), SheetCells.text(row, 4),
							SheetCells.text(row, 5))));
		}
		return rows;
	}

	/** An empty sheet with the column titles, to fill in. */
	static byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SheetStyles styles = new SheetStyles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			Row header = sheet.createRow(HEADER_ROW);
			for (int c = 0; c < HEADERS.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellStyle(styles.header);
				cell.setCellValue(HEADERS.get(c));
				sheet.setColumnWidth(c, ((c == 2) ? 60 : 22) * 256);
			}
			sheet.createFreezePane(0, HEADER_ROW + 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
