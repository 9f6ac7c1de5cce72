package vn.luutru.transfer.doc;

import vn.luutru.forms.FormSheet;
import vn.luutru.forms.Signatory;
import vn.luutru.forms.VietnameseNumbers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The transfer list of a batch, "Mục lục hồ sơ, tài liệu nộp lưu" (Decree 30/2020 Annex V
 * III, with the file code and split dates the historical archive checks against the
 * package). Streamed: a batch can hold tens of thousands of files.
 */
public final class TransferListWorkbook {

	public static final String SHEET = "Mục lục hồ sơ";

	public static final String TITLE = "MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU";

	public static final List<String> HEADERS = List.of("STT", "Mã hồ sơ", "Số và ký hiệu hồ sơ", "Tiêu đề hồ sơ",
			"Thời gian bắt đầu", "Thời gian kết thúc", "Thời hạn bảo quản", "Số tờ", "Số trang", "Ghi chú");

	private static final int[] WIDTHS = { 6, 28, 12, 48, 12, 12, 12, 8, 8, 22 };

	private static final int SPLIT = 4;

	private static final int WINDOW = 200;

	private TransferListWorkbook() {
	}

	/**
	 * Writes the list as .xlsx; the stream stays open.
	 * @param list the batch
	 * @param out where the workbook goes
	 * @throws IOException when the stream fails
	 */
	public static void write(TransferList list, OutputStream out) throws IOException {
		// close() also disposes of SXSSF's temporary row files (POI 5)
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			workbook.setCompressTempFiles(true);
			FormSheet form = new FormSheet(workbook, SHEET, WIDTHS);
			form.letterhead(list.letterhead(), SPLIT);
			form.title(TITLE);
			form.subtitle("Phông: " + list.fondsName());
			form.centredLine(
					"Phông số: " + orDots(list.fondsCode()) + " - Mã lô giao nộp: " + orDots(list.batchCode()));
			form.centredLine("Nộp lưu vào: " + list.archiveName());
			form.subtitle("Năm " + list.year());
			form.blank();
			form.tableHeader(HEADERS);
			int number = 0;
			for (TransferListEntry file : list.files()) {
				Row row = form.row();
				form.serial(row, 0, ++number);
				form.text(row, 1, file.fileCode());
				form.centred(row, 2, file.fileNotation());
				form.text(row, 3, file.title());
				form.date(row, 4, file.startDate());
				form.date(row, 5, file.endDate());
				form.centred(row, 6, file.retention());
				form.number(row, 7, file.sheets());
				form.number(row, 8, file.pages());
				form.text(row, 9, file.notes());
			}
			form.totals("Tổng cộng", 7, Map.of(7, list.totalSheets(), 8, list.totalPages()));
			form.blank();
			footer(form, list);
			form.blank();
			form.placeAndDate(list.placeAndDate(), SPLIT);
			form.signatures(new Signatory("NGƯỜI LẬP", Signatory.SIGN, list.preparedBy()),
					new Signatory("THỦ TRƯỞNG CƠ QUAN", Signatory.SIGN_AND_SEAL, list.head()), SPLIT);
			workbook.write(out);
		}
	}

	static String countLine(int files) {
		return "Mục lục này gồm: " + VietnameseNumbers.grouped(files) + " hồ sơ (đơn vị bảo quản).";
	}

	static String wordsLine(int files) {
		return "Viết bằng chữ: " + VietnameseNumbers.inWords(files) + " hồ sơ (đơn vị bảo quản).";
	}

	private static void footer(FormSheet form, TransferList list) {
		form.footerLine(countLine(list.files().size()));
		form.footerLine(wordsLine(list.files().size()));
		form.footerLine("Tổng số tờ: " + VietnameseNumbers.grouped(list.totalSheets()) + "; tổng số trang: "
				+ VietnameseNumbers.grouped(list.totalPages()) + ".");
	}

	private static String orDots(String value) {
		return (value != null) ? value : "……";
	}

}
