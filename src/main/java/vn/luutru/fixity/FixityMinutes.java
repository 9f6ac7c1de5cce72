package vn.luutru.fixity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.batch.BatchLetterhead;
import vn.luutru.batch.FormSettings;
import vn.luutru.common.NotFoundException;
import vn.luutru.content.ContentStore;
import vn.luutru.content.GeneratedContent;
import vn.luutru.content.StagedContent;
import vn.luutru.forms.DocumentNumbers;
import vn.luutru.forms.LegalBases;
import vn.luutru.forms.Letterhead;
import vn.luutru.forms.OfficialDocument;
import vn.luutru.forms.PlaceAndDate;
import vn.luutru.forms.Signatory;
import vn.luutru.forms.VietnameseDates;

/**
 * The inspection minutes of a cycle (biên bản kiểm tra, .docx): the archive's letterhead,
 * a number ("05/BB-TTLT": the cycle's number and the archive's sign; the batches' yearly
 * minutes numbers belong to one agency's batches and do not fit a store-wide check), the
 * period checked, the figures and every damaged or missing copy with what became of it.
 * Kept in the content store, referenced by the cycle row (the reconciliation keeps it).
 */
@Component
class FixityMinutes {

	static final String TITLE = "BIÊN BẢN KIỂM TRA TÌNH TRẠNG TÀI LIỆU LƯU TRỮ ĐIỆN TỬ";

	static final List<String> FINDING_HEADERS = List.of("STT", "Mã kiểm tra SHA-256 của đối tượng", "Bản", "Tình trạng",
			"Xử lý");

	private static final int[] FINDING_WIDTHS = { 600, 5200, 700, 1400, 1455 };

	private static final int[] FINDING_POINTS = { 11, 8, 11, 11, 11 };

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final FixityMapper mapper;

	private final ContentStore store;

	private final BatchLetterhead names;

	private final FormSettings forms;

	FixityMinutes(FixityMapper mapper, ContentStore store, BatchLetterhead names, FormSettings forms) {
		this.mapper = mapper;
		this.store = store;
		this.names = names;
		this.forms = forms;
	}

	/**
	 * Writes and keeps the minutes of a finished cycle, once: a retried step finds them.
	 * In the caller's transaction: the stored bytes go again if it rolls back.
	 */
	@Transactional
	public String write(long cycleId) throws IOException {
		FixityCycle cycle = this.mapper.findCycle(cycleId);
		if (cycle.minutesSha256() != null) {
			return cycle.minutesSha256();
		}
		String archive = this.names.archiveName();
		String number = DocumentNumbers.of((int) cycleId, DocumentNumbers.MINUTES,
				DocumentNumbers.initials(archive, this.forms.province()));
		List<FixityFinding> findings = this.mapper.findFindings(cycleId);
		PlaceAndDate today = this.names.today();
		StagedContent stored = GeneratedContent.store(this.store,
				(out) -> document(new Letterhead(null, archive.toUpperCase(Locale.ROOT)), number, today, archive, cycle,
						findings, out));
		this.mapper.setMinutes(cycleId, stored.sha256(), number);
		return stored.sha256();
	}

	/** The minutes' bytes and number; not found before the cycle ends. */
	InputStream open(long cycleId) throws IOException {
		FixityCycle cycle = this.mapper.findCycle(cycleId);
		if (cycle == null || cycle.minutesSha256() == null) {
			throw new NotFoundException("fixity-minutes", cycleId);
		}
		return this.store.open(cycle.minutesSha256());
	}

	static void document(Letterhead letterhead, String number, PlaceAndDate placeAndDate, String archive,
			FixityCycle cycle, List<FixityFinding> findings, OutputStream out) throws IOException {
		try (OfficialDocument doc = new OfficialDocument()) {
			doc.letterhead(letterhead, number, placeAndDate);
			doc.title(TITLE, "Chu kỳ kiểm tra toàn vẹn số " + cycle.id());
			doc.paragraph("Căn cứ " + LegalBases.ARCHIVES_LAW_2024 + ";");
			doc.paragraph("Hôm nay, " + VietnameseDates.spelled(placeAndDate.date()) + ", tại " + archive
					+ ", hệ thống quản lý tài liệu lưu trữ điện tử đã kiểm tra mã kiểm tra (SHA-256) của toàn bộ"
					+ " tài liệu trong kho, cả hai bản lưu, với kết quả như sau:");
			doc.labelled("1. Thời gian kiểm tra: ", "từ " + date(cycle.startedAt()) + " đến "
					+ ((cycle.finishedAt() != null) ? date(cycle.finishedAt()) : "nay (chưa xong)") + ".");
			doc.labelled("2. Số đối tượng đã kiểm tra: ", cycle.objectsChecked()
					+ " đối tượng, mỗi đối tượng hai bản; đã đọc " + cycle.bytesChecked() + " byte.");
			doc.labelled("3. Số bản không khớp mã kiểm tra: ", cycle.mismatches() + ".");
			doc.labelled("4. Số bản bị mất: ", cycle.missing() + ".");
			doc.labelled("5. Số bản đã khôi phục từ bản còn khớp: ", cycle.repaired() + ".");
			doc.labelled("6. Số sự cố (không còn bản nào khớp, đã giao lãnh đạo xử lý): ", cycle.incidents() + ".");
			if (findings.isEmpty()) {
				doc.paragraph("Không phát hiện bản nào hỏng hoặc bị mất.");
			}
			else {
				doc.paragraph("7. Chi tiết các bản hỏng, bị mất:");
				List<List<String>> rows = new ArrayList<>();
				int i = 0;
				for (FixityFinding f : findings) {
					rows.add(List.of(String.valueOf(++i), f.contentSha256(),
							(f.copyName() == vn.luutru.content.ContentCopy.FIRST) ? "1" : "2", switch (f.finding()) {
								case MISMATCH -> "Không khớp";
								case MISSING -> "Bị mất";
								case GOOD -> "Khớp";
							}, switch (f.outcome()) {
								case REPAIRED -> "Đã khôi phục";
								case INCIDENT -> "Sự cố số " + f.incidentId();
								case FOUND -> "Chưa xử lý";
							}));
				}
				doc.table(FINDING_HEADERS, rows, FINDING_WIDTHS, FINDING_POINTS);
			}
			doc.paragraph("Biên bản được lập thành 02 bản: 01 bản lưu trong hồ sơ kiểm tra, 01 bản lưu tại " + archive
					+ "./.");
			doc.signatures(List.of(new Signatory("NGƯỜI KIỂM TRA", Signatory.SIGN, BatchLetterhead.BLANK),
					new Signatory("THỦ TRƯỞNG ĐƠN VỊ", Signatory.SIGN_AND_SEAL, BatchLetterhead.BLANK)));
			doc.write(out);
		}
	}

	private static String date(java.time.Instant at) {
		return VietnameseDates.numeric(LocalDate.ofInstant(at, VIETNAM));
	}

}
