package vn.luutru.transfer.pkg;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A transfer batch of two record files of the Son La provincial People's Committee office
 * with three documents, their content small fake PDFs made here.
 */
final class PackageFixtures {

	static final Instant CREATED = Instant.parse("2025-08-01T02:30:00Z");

	static final Agency OFFICE = new Agency("000.00.12.H53", "Văn phòng Ủy ban nhân dân tỉnh Sơn La");

	static final Agency ARCHIVE = new Agency("000.00.40.H53", "Lưu trữ lịch sử tỉnh Sơn La");

	static final String CONFERENCE_FILE = "000.00.12.H53.2024.01.VP";

	static final String STAFF_FILE = "000.00.12.H53.2024.02.VP";

	static final String CONFERENCE_TITLE = "Hồ sơ về việc tổ chức Hội nghị tổng kết công tác năm 2024 của Văn phòng"
			+ " Ủy ban nhân dân tỉnh Sơn La";

	static final String SUBMISSION = CONFERENCE_FILE + ".1";

	static final String REPORT = CONFERENCE_FILE + ".2";

	static final String DECISION = STAFF_FILE + ".1";

	static final String SUBMISSION_SUBJECT = "Tờ trình về việc tổ chức Hội nghị tổng kết công tác năm 2024";

	private PackageFixtures() {
	}

	static PackageRequest request(PackageType type) {
		PackageFile conference = file(CONFERENCE_FILE, CONFERENCE_TITLE,
				List.of(document(SUBMISSION, 1, "15", "Tờ trình", "125", "TTr-VP", SUBMISSION_SUBJECT, "2b",
						fakePdf("To trinh 125/TTr-VP")),
						document(REPORT, 2, "14", "Báo cáo", "310", "BC-VP",
								"Báo cáo tổng kết công tác năm 2024 và phương" + " hướng, nhiệm vụ năm 2025", null,
								fakePdf("Bao cao 310/BC-VP"))));
		PackageFile staff = file(STAFF_FILE, "Tập quyết định về công tác tổ chức cán bộ năm 2024",
				List.of(document(DECISION, 1, "02", "Quyết định", "45", "QĐ-VP",
						"Quyết định về việc điều động, bổ nhiệm công chức Phòng Hành chính – Tổ chức", "2b",
						fakePdf("Quyet dinh 45/QD-VP"))));
		return new PackageRequest("uuid-6F1C2E8A-4B7D-4C21-9E55-3A0D8B9C1F20", type, OFFICE, ARCHIVE,
				"000.00.12.H53.2025.NL01", CREATED, "LuuTru", "0.1.0", List.of(conference, staff));
	}

	static PackageFile file(String fileCode, String title, List<PackageDocument> documents) {
		return new PackageFile(OFFICE, "P-VPUBND", fileCode, title, "01", "Vĩnh viễn", "01", "01",
				"hội nghị; tổng kết; Sơn La", null, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 12, 27),
				documents.size(), null, 12, "01", "01", null, true, "01", "Người lập hồ sơ: Lò Thị Hương", documents);
	}

	static PackageDocument document(String docCode, int position, String typeCode, String typeName, String codeNumber,
			String codeNotation, String subject, String pdfaFlavour, byte[] bytes) {
		return document(docCode, position, typeCode, typeName, codeNumber, codeNotation, subject, pdfaFlavour, bytes,
				null);
	}

	/** A PDF document whose content carries the PRONOM identifier found at capture. */
	static PackageDocument document(String docCode, int position, String typeCode, String typeName, String codeNumber,
			String codeNotation, String subject, String pdfaFlavour, byte[] bytes, String formatPuid) {
		DocumentContent content = new DocumentContent(sha256(bytes), bytes.length, "application/pdf",
				"tài liệu " + position + ".pdf", pdfaFlavour, CREATED.minusSeconds(86_400L * (30 - position)),
				"lothihuong", () -> new ByteArrayInputStream(bytes), formatPuid);
		return new PackageDocument(docCode, position, typeCode, typeName, codeNumber, codeNotation,
				LocalDate.of(2024, 12, position), OFFICE.name(), subject, "01", 3, null, "tổng kết", "01", "01", null,
				"01", null, "Chánh Văn phòng Nguyễn Văn Thành", "TT05-2025", content);
	}

	/** A few bytes shaped like a PDF, distinct per text. */
	static byte[] fakePdf(String text) {
		return ("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Title (" + text + ") >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
