package vn.luutru.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The files behind a dashboard figure as .xlsx: a title block (scope, generated at and
 * by), a frozen header with a filter, one row per file, streamed (SXSSF) so that a list
 * of any length fits in little memory.
 */
final class FileListWorkbook {

	static final List<String> HEADERS = List.of("STT", "Mã hồ sơ", "Tiêu đề hồ sơ", "Cơ quan", "Năm", "Trạng thái",
			"Hạn", "Việc đến hạn");

	private static final int[] WIDTHS = { 6, 34, 60, 16, 8, 22, 12, 20 };

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private FileListWorkbook() {
	}

	/** Writes the rows; labels turns a state or action into its Vietnamese name. */
	static void write(OutputStream out, String title, String scope, String generatedBy, LocalDateTime generatedAt,
			Iterable<FileRow> rows, Labels labels) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet("Danh sách");
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setFontName("Times New Roman");
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			sheet.createRow(0).createCell(0).setCellValue(title);
			sheet.getRow(0).getCell(0).setCellStyle(header);
			sheet.createRow(1).createCell(0).setCellValue(scope);
			sheet.createRow(2)
				.createCell(0)
				.setCellValue("Lập lúc " + STAMP.format(generatedAt) + ", người lập: " + generatedBy);
			Row head = sheet.createRow(4);
			for (int c = 0; c < HEADERS.size(); c++) {
				head.createCell(c).setCellValue(HEADERS.get(c));
				head.getCell(c).setCellStyle(header);
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			int r = 5;
			for (FileRow row : rows) {
				Row line = sheet.createRow(r);
				line.createCell(0).setCellValue(r - 4);
				line.createCell(1).setCellValue(row.fileCode());
				line.createCell(2).setCellValue(row.title());
				line.createCell(3).setCellValue(row.agencyCode());
				line.createCell(4).setCellValue(row.fileYear());
				line.createCell(5).setCellValue(labels.status(row.status()));
				line.createCell(6).setCellValue((row.dueOn() != null) ? DATE.format(row.dueOn()) : "");
				line.createCell(7).setCellValue(labels.action(row.dueAction()));
				r++;
			}
			sheet.createFreezePane(0, 5);
			sheet.setAutoFilter(new CellRangeAddress(4, Math.max(4, r - 1), 0, HEADERS.size() - 1));
			sheet.setRepeatingRows(new CellRangeAddress(4, 4, 0, HEADERS.size() - 1));
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.getFooter().setCenter("Trang &P / &N");
			workbook.write(out);
			workbook.dispose();
		}
	}

	/** Vietnamese names of states and actions. */
	interface Labels {

		String status(vn.luutru.file.FileStatus status);

		String action(vn.luutru.file.DueAction action);

	}

}
