package vn.luutru.receipt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import vn.luutru.content.SamplePdfs;
import vn.luutru.transfer.pkg.Agency;
import vn.luutru.transfer.pkg.DocumentContent;
import vn.luutru.transfer.pkg.PackageDocument;
import vn.luutru.transfer.pkg.PackageFile;
import vn.luutru.transfer.pkg.PackageRequest;
import vn.luutru.transfer.pkg.PackageType;
import vn.luutru.transfer.pkg.SchemaFiles;
import vn.luutru.transfer.pkg.TransferPackageWriter;

/**
 * SIPs as an agency that does not run LuuTru would send them, written by LuuTru's own SIP
 * writer (the reference for Circular 05/2025's layout), then altered where a test needs a
 * bad one.
 */
final class SipFixtures {

	private SipFixtures() {
	}

	/** A document's page: a one-page PDF whose text names it, so each is different. */
	static byte[] page(String title) {
		return SamplePdfs.plainPdf(title, 1);
	}

	/**
	 * A SIP of two record files of the depositor: a permanent one with two documents
	 * (year 2019, "05.XD") and a 10-year one with one document ("06.XD").
	 */
	static byte[] twoFiles(String depositorCode, String depositorName, String archiveCode, String tag) {
		Agency depositor = new Agency(depositorCode, depositorName);
		String permanent = depositorCode + ".2019.05.XD";
		String tenYears = depositorCode + ".2019.06.XD";
		PackageFile first = file(depositor, permanent, "Hồ sơ quy hoạch chung đô thị Mộc Châu " + tag, "01",
				"Vĩnh viễn",
				List.of(document(permanent, 1, "15", "Tờ trình", "Tờ trình về quy hoạch chung đô thị Mộc Châu " + tag,
						LocalDate.of(2019, 3, 4)),
						document(permanent, 2, "02", "Quyết định",
								"Quyết định phê duyệt quy hoạch chung đô thị Mộc Châu " + tag,
								LocalDate.of(2019, 9, 20))));
		PackageFile second = file(depositor, tenYears, "Hồ sơ cấp phép xây dựng năm 2019 " + tag, "06", "10 năm",
				List.of(document(tenYears, 1, "14", "Báo cáo", "Báo cáo cấp phép xây dựng năm 2019 " + tag,
						LocalDate.of(2019, 12, 10))));
		return write(depositor, new Agency(archiveCode, "Trung tâm Lưu trữ lịch sử tỉnh Sơn La"),
				List.of(first, second));
	}

	/**
	 * A SIP of five documents in two permanent record files of the depositor: three in
	 * "07.XD", two in "08.XD" (year 2019).
	 */
	static byte[] fiveDocuments(String depositorCode, String depositorName, String archiveCode) {
		Agency depositor = new Agency(depositorCode, depositorName);
		List<PackageFile> files = new ArrayList<>();
		for (String notation : List.of("07.XD", "08.XD")) {
			String fileCode = depositorCode + ".2019." + notation;
			List<PackageDocument> documents = new ArrayList<>();
			for (int i = 1; i <= (notation.equals("07.XD") ? 3 : 2); i++) {
				documents.add(document(fileCode, i, "02", "Quyết định",
						"Quyết định số " + i + " về hồ sơ " + notation + " giao đất Mộc Châu",
						LocalDate.of(2019, 2 + i, 5)));
			}
			files.add(file(depositor, fileCode, "Hồ sơ giao đất xây dựng " + notation, "01", "Vĩnh viễn", documents));
		}
		return write(depositor, new Agency(archiveCode, "Trung tâm Lưu trữ lịch sử tỉnh Sơn La"), files);
	}

	static long contentBytes(byte[] sip) {
		long total = 0;
		for (Map.Entry<String, byte[]> e : entries(sip).entrySet()) {
			if (e.getKey().contains("/data/")) {
				total += e.getValue().length;
			}
		}
		return total;
	}

	private static PackageFile file(Agency agency, String fileCode, String title, String maintenance, String label,
			List<PackageDocument> documents) {
		return new PackageFile(agency, "P" + agency.code().substring(0, 3), fileCode, title, maintenance, label, "01",
				"01", "quy hoạch; xây dựng", null, LocalDate.of(2019, 1, 7), LocalDate.of(2019, 12, 27),
				documents.size(), null, documents.size(), "01", "01", null, false, "02", null, documents);
	}

	private static PackageDocument document(String fileCode, int position, String type, String typeName, String subject,
			LocalDate issued) {
		byte[] bytes = page(subject);
		DocumentContent content = new DocumentContent(sha256(bytes), bytes.length, "application/pdf",
				"van-ban-" + position + ".pdf", null, Instant.parse("2020-01-15T02:00:00Z"), "vanthu.sxd",
				() -> new ByteArrayInputStream(bytes));
		return new PackageDocument(fileCode + "." + position, position, type, typeName, String.valueOf(100 + position),
				"SXD-QH", issued, "Sở Xây dựng tỉnh Sơn La", subject, "01", 1, null, "quy hoạch", "01", "01", null,
				"01", null, "Giám đốc Nguyễn Văn Bình", "TT05-2025", content);
	}

	private static byte[] write(Agency depositor, Agency archive, List<PackageFile> files) {
		PackageRequest request = new PackageRequest("uuid-" + java.util.UUID.randomUUID(), PackageType.SIP, depositor,
				archive, depositor.code() + ".2025.NL01", Instant.parse("2025-06-01T03:00:00Z"), "PhanMemKhac", "2.1",
				files);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new TransferPackageWriter(SchemaFiles.onClasspath("schemas")).write(request, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The entries of a ZIP, by name, in order (folders with no bytes). */
	static Map<String, byte[]> entries(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	/** The ZIP again, each entry passed through {@code change} (name, bytes) → bytes. */
	static byte[] repack(byte[] zip, BiFunction<String, byte[], byte[]> change) {
		List<Map.Entry<String, byte[]>> changed = new ArrayList<>();
		entries(zip).forEach((name, bytes) -> changed.add(Map.entry(name, change.apply(name, bytes))));
		return zip(changed);
	}

	static byte[] zip(List<Map.Entry<String, byte[]>> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> e : entries) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
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
