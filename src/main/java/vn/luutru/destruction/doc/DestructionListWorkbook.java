package vn.luutru.destruction.doc;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.luutru.forms.FormSheet;
import vn.luutru.forms.Signatory;
import vn.luutru.forms.VietnameseDates;
import vn.luutru.forms.VietnameseNumbers;

/**
 * "Danh mục tài liệu hết giá trị": the files proposed for destruction with the reason,
 * and the council's opinion on each once it has met. Streamed, as a first review of an
 * old fonds can list thousands of files.
 */
public final class DestructionListWorkbook {

	public static final String SHEET = "Danh mục hết giá trị";

	public static final String TITLE = "DANH MỤC TÀI LIỆU HẾT GIÁ TRỊ";

	public static final List<String> HEADERS = List.of("STT", "Mã hồ sơ", "Số và ký hiệu hồ sơ", "Tiêu đề hồ sơ",
			"Thời gian", "Thời hạn bảo quản", "Lý do hủy", "Số tờ", "Số trang", "Ý kiến của Hội đồng", "Ghi chú");

	private static final int[] WIDTHS = { 6, 28, 11, 40, 13, 11, 14, 7, 7, 13, 18 };

	private static final int SPLIT = 4;

	private DestructionListWorkbook() {
	}

	/**
	 * Writes the list as .xlsx; the stream stays open.
	 * @param list the files proposed
	 * @param out where the workbook goes
	 * @throws IOException when the stream fails
	 */
	public static void write(DestructionList list, OutputStream out) throws IOException {
		// close() also disposes of SXSSF's temporary row files (POI 5)
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			workbook.setCompressTempFiles(true);
			FormSheet form = new FormSheet(workbook, SHEET, WIDTHS);
			form.letterhead(list.letterhead(), SPLIT);
			form.title(TITLE);
			form.subtitle("Phông: " + list.fondsName());
			if (list.fondsCode() != null) {
				form.centredLine("Phông số: " + list.fondsCode());
			}
			form.blank();
			form.tableHeader(HEADERS);
			int number = 0;
			for (DestructionListEntry file : list.files()) {
				Row row = form.row();
				form.serial(row, 0, ++number);
				form.text(row, 1, file.fileCode());
				form.centred(row, 2, file.fileNotation());
				form.text(row, 3, file.title());
				form.centred(row, 4, period(file));
				form.centred(row, 5, file.retention());
				form.centred(row, 6, file.reason().label());
				form.number(row, 7, file.sheets());
				form.number(row, 8, file.pages());
				form.centred(row, 9, (file.opinion() != null) ? file.opinion().label() : null);
				form.text(row, 10, file.notes());
			}
			form.totals("Tổng cộng", 7, Map.of(7, list.totalSheets(), 8, list.totalPages()));
			form.blank();
			form.footerLine(totalLine(list));
			form.footerLine(splitLine(list));
			form.blank();
			form.placeAndDate(list.placeAndDate(), SPLIT);
			form.signatures(new Signatory("NGƯỜI LẬP", Signatory.SIGN, list.preparedBy()),
					new Signatory("CHỦ TỊCH HỘI ĐỒNG", Signatory.SIGN, list.chair()), SPLIT);
			workbook.write(out);
		}
	}

	static String totalLine(DestructionList list) {
		int total = list.files().size();
		return "Tổng số: " + VietnameseNumbers.grouped(total) + " hồ sơ (bằng chữ: " + VietnameseNumbers.inWords(total)
				+ " hồ sơ).";
	}

	static String splitLine(DestructionList list) {
		return "Trong đó: " + VietnameseNumbers.grouped(list.toDestroy()) + " hồ sơ đề nghị hủy; "
				+ VietnameseNumbers.grouped(list.extended()) + " hồ sơ gia hạn thời hạn bảo quản.";
	}

	/** "05/01/2015 - 28/12/2015", or one date when the file spans a single day. */
	static String period(DestructionListEntry file) {
		String start = VietnameseDates.numeric(file.startDate());
		String end = VietnameseDates.numeric(file.endDate());
		if (start.isEmpty() || end.isEmpty() || start.equals(end)) {
			return start.isEmpty() ? end : start;
		}
		return start + " - " + end;
	}

}
