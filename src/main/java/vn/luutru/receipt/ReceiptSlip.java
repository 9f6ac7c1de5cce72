package vn.luutru.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.forms.OfficialDocument;
import vn.luutru.forms.Signatory;

/**
 * "Phiếu tiếp nhận gói tin nộp lưu" (.docx): what the historical archive confirms on
 * receipt (Circular 05/2025 Art. 23.1): registration code, depositing agency, packages,
 * files and documents received and registered, total size, the round, when it was
 * received, its status and reason, the totals per retention period and the errors found.
 */
@Component
class ReceiptSlip {

	static final String TITLE = "PHIẾU TIẾP NHẬN GÓI TIN NỘP LƯU";

	private static final int SHOWN_ERRORS = 30;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

	private final BatchLetterhead names;

	private final AgencyDirectory agencies;

	ReceiptSlip(BatchLetterhead names, AgencyDirectory agencies) {
		this.names = names;
		this.agencies = agencies;
	}

	byte[] write(ReceiptView r, ZoneId zone) {
		Agency archive = this.agencies.historicalArchive().orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OfficialDocument doc = new OfficialDocument()) {
			doc.letterhead(this.names.letterhead(archive), r.code(), this.names.today());
			doc.title(TITLE, null);
			doc.labelled("1. Mã đăng ký tiếp nhận: ", r.code() + ".");
			doc.labelled("2. Cơ quan nộp lưu: ", ((r.depositorName() != null) ? r.depositorName() : "……") + " (mã "
					+ ((r.depositorCode() != null) ? r.depositorCode() : "……") + ").");
			doc.labelled("3. Gói tin: ",
					r.uploadName() + ", " + r.uploadSize() + " byte, SHA-256 " + r.uploadSha256() + ".");
			doc.labelled("4. Thời gian tiếp nhận: ", WHEN.format(r.receivedAt().atZone(zone)) + ".");
			doc.labelled("5. Số lượng: ", "");
			doc.item("Tổng số hồ sơ trong gói tin: " + r.files() + " hồ sơ;");
			doc.item("Tổng số văn bản, tài liệu: " + r.documents() + " văn bản;");
			doc.item("Tổng dung lượng: " + r.bytes() + " byte;");
			doc.item("Hồ sơ đã đăng ký vào kho: " + r.registeredFiles().size() + " hồ sơ.");
			if (!r.byRetention().isEmpty()) {
				List<List<String>> rows = new ArrayList<>();
				for (PeriodTotal p : r.byRetention()) {
					rows.add(List.of(p.label(), String.valueOf(p.files()), String.valueOf(p.documents()),
							String.valueOf(p.bytes())));
				}
				doc.table(List.of("Thời hạn bảo quản", "Hồ sơ", "Văn bản", "Dung lượng (byte)"), rows,
						new int[] { 3355, 1700, 1700, 2600 });
			}
			doc.labelled("6. Trạng thái tiếp nhận: ",
					status(r.status()) + ((r.reason() != null) ? ". Lý do: " + r.reason() : "") + ".");
			if (!r.errors().isEmpty()) {
				doc.labelled("7. Lỗi phát hiện khi kiểm tra gói tin: ", r.errors().size() + " lỗi.");
				for (ReceiptError e : r.errors().subList(0, Math.min(SHOWN_ERRORS, r.errors().size()))) {
					doc.item(e.message() + ((e.path() != null) ? " (" + e.path() + ")" : "") + ";");
				}
			}
			doc.signatures(List.of(new Signatory("ĐẠI DIỆN LƯU TRỮ LỊCH SỬ", Signatory.SIGN,
					(r.decidedBy() != null) ? r.decidedBy() : BatchLetterhead.BLANK)));
			doc.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String status(ReceiptStatus status) {
		return switch (status) {
			case RECEIVED -> "Đã nhận, đang kiểm tra";
			case VALIDATED -> "Đã kiểm tra hợp lệ, chờ Lưu trữ lịch sử quyết định";
			case REGISTERING -> "Đã chấp nhận, đang đăng ký hồ sơ, tài liệu vào kho lưu trữ";
			case ACCEPTED -> "Đã tiếp nhận vào kho lưu trữ";
			case REJECTED -> "Từ chối";
		};
	}

}
