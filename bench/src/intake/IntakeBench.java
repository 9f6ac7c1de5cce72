import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The client side of bench/intake.sh. One step per call:
 *
 * <pre>
 * zip      --docs N --size-kb K --run-id R --out F    the intake ZIP: metadata.xlsx and N PDFs of K KB
 * intake   --base URL --admin-user U --admin-password P --zip F --docs N --pid PID --gc-log G
 *          --results R --xmx-mb M                    upload, then poll until the intake is finished
 * summary  --results R                               the figures against the targets
 * </pre>
 *
 * The sheet lists the documents in files of 100 (legacy files closed and deposited in 2020,
 * as an agency's backlog would be), every PDF different (BenchPdf), so that the store can
 * deduplicate nothing. The clock runs from the first byte of the upload to the moment the
 * API reports the intake CAPTURED: upload, checks, validation, capture, history, all of it.
 */
public final class IntakeBench {

	private static final Pattern NUMBER = Pattern.compile("\"%s\"\\s*:\\s*\"?([^,\"}]*)");

	private static final int DOCS_PER_FILE = 100;

	private IntakeBench() {
	}

	public static void main(String[] args) throws Exception {
		Args a = new Args(args, 1);
		try {
			switch (args[0]) {
				case "zip" -> zip(a);
				case "intake" -> intake(a);
				case "summary" -> summary(a);
				default -> throw new IllegalArgumentException("unknown step " + args[0]);
			}
		}
		catch (Exception ex) {
			System.err.println("[intake-bench] FAILED in " + args[0] + ": " + ex);
			ex.printStackTrace();
			System.exit(1);
		}
	}

	/** The intake's columns (Circular 05/2025 names), in the template's order. */
	private static final List<String> HEADER = List.of("Số và ký hiệu hồ sơ", "Năm hình thành hồ sơ", "Tiêu đề hồ sơ",
			"Thời hạn bảo quản", "Thời gian bắt đầu", "Thời gian kết thúc", "Trạng thái hồ sơ", "Ngày nộp lưu",
			"Số thứ tự văn bản trong hồ sơ", "Tên loại văn bản", "Số của văn bản", "Ký hiệu của văn bản",
			"Ngày, tháng, năm văn bản", "Tên cơ quan, tổ chức ban hành văn bản", "Trích yếu nội dung", "Số trang",
			"Tệp nội dung");

	static void zip(Args a) throws IOException {
		int docs = a.num("docs");
		int size = a.num("size-kb") * 1024;
		long runId = Long.parseLong(a.str("run-id"));
		long t0 = System.nanoTime();
		try (ZipOutputStream zip = new ZipOutputStream(
				new BufferedOutputStream(Files.newOutputStream(a.path("out")), 1 << 20))) {
			// Fast deflate: PDFs of scanned pages hardly compress, and an agency's tool
			// deflates them all the same.
			zip.setLevel(Deflater.BEST_SPEED);
			zip.putNextEntry(new ZipEntry("metadata.xlsx"));
			sheet(docs, zip);
			zip.closeEntry();
			for (int n = 1; n <= docs; n++) {
				zip.putNextEntry(new ZipEntry(content(n)));
				BenchPdf.write(zip, runId, n, size);
				zip.closeEntry();
			}
		}
		System.out.printf(Locale.ROOT, "[intake] wrote %s: %d documents of %d KB, %.0f MB, in %.1f s%n", a.str("out"),
				docs, size / 1024, Files.size(a.path("out")) / 1048576.0, (System.nanoTime() - t0) / 1e9);
	}

	private static String content(int n) {
		return String.format(Locale.ROOT, "HS%03d/%05d.pdf", (n - 1) / DOCS_PER_FILE + 1, n);
	}

	private static void sheet(int docs, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try {
			SXSSFSheet sheet = workbook.createSheet("Hồ sơ - Văn bản");
			cells(sheet.createRow(0), HEADER);
			for (int n = 1; n <= docs; n++) {
				int file = (n - 1) / DOCS_PER_FILE + 1;
				int position = (n - 1) % DOCS_PER_FILE + 1;
				String issued = String.format(Locale.ROOT, "%02d/%02d/2019", position % 28 + 1, file % 12 + 1);
				cells(sheet.createRow(n), List.of(String.format(Locale.ROOT, "%03d.BENCH", file), "2019",
						"Tập công văn đi năm 2019, tập " + file, "06", "01/01/2019", "31/12/2019", "Đã nộp lưu",
						"15/06/2020", String.valueOf(position), "Công văn", String.valueOf(n), "SNV-VP", issued,
						"Sở Nội vụ tỉnh Sơn La", "V/v thử tải nhập hồ sơ, văn bản số " + n, "1", content(n)));
			}
			// The workbook closes the stream it writes to: keep the ZIP open.
			workbook.write(new OutputStream() {
				@Override
				public void write(int b) throws IOException {
					out.write(b);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					out.write(b, off, len);
				}
			});
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static void cells(Row row, List<String> values) {
		for (int c = 0; c < values.size(); c++) {
			row.createCell(c).setCellValue(values.get(c));
		}
	}

	static void intake(Args a) throws Exception {
		String base = a.str("base");
		LuuTruClient api = new LuuTruClient(base);
		String[] admin = { a.str("admin-user"), a.str("admin-password") };
		String[] clerk = ApiUpload.setUp(api, admin);
		Path zip = a.path("zip");
		int docs = a.num("docs");
		Results out = new Results(a.path("results"));
		long pid = Long.parseLong(a.str("pid"));
		long[] cpu0 = HeapWatch.machineCpuMs();
		try (HeapWatch heap = new HeapWatch(pid, 200, a.path("gc-log"))) {
			long start = System.nanoTime();
			String answer = upload(base, clerk, zip);
			double uploaded = (System.nanoTime() - start) / 1e9;
			long id = Long.parseLong(field(answer, "id"));
			System.out.printf(Locale.ROOT, "[intake] uploaded %.0f MB in %.1f s (HTTP 202), intake %d%n",
					Files.size(zip) / 1048576.0, uploaded, id);
			String view;
			String status;
			long lastPrint = 0;
			while (true) {
				view = api.get("api/v1/intakes/" + id, clerk);
				status = field(view, "status");
				if (!status.equals("VALIDATING") && !status.equals("CAPTURING")) {
					break;
				}
				if (System.nanoTime() - lastPrint > 10e9) {
					lastPrint = System.nanoTime();
					System.out.printf(Locale.ROOT, "[intake] %5.0f s  %-10s captured %s of %s (%s%%), %s rows/s%n",
							(lastPrint - start) / 1e9, status, field(view, "capturedRows"), field(view, "validRows"),
							field(view, "percent"), field(view, "rowsPerSecond"));
				}
				// Once a second: every poll logs in with HTTP Basic (BCrypt on the server), and a
				// profile of a 2,000-document run at 4 polls a second showed it.
				Thread.sleep(1000);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long[] gc = heap.gcPeaks();
			double peak = Math.max(heap.sampledPeakMb(), gc[0]);
			long[] cpu1 = HeapWatch.machineCpuMs();
			int captured = Integer.parseInt(field(view, "capturedRows"));
			out.put("intake.status", status);
			out.put("intake.docs", docs);
			out.put("intake.captured", captured);
			out.put("intake.zipMb", Files.size(zip) / 1048576.0);
			out.put("intake.uploadSeconds", uploaded);
			out.put("intake.seconds", seconds);
			out.put("intake.docsPerSec", captured / seconds);
			out.put("intake.captureRowsPerSec", field(view, "rowsPerSecond"));
			out.put("intake.peakHeapMb", peak);
			out.put("intake.maxAfterGcMb", gc[1]);
			out.put("intake.xmxMb", a.num("xmx-mb"));
			out.put("intake.serverCpuSeconds", heap.serverCpuMs() / 1000.0);
			out.put("intake.machineBusyCpuSeconds", (cpu1[0] - cpu0[0]) / 1000.0);
			out.put("intake.load", Files.readString(Path.of("/proc/loadavg")).trim());
			out.save();
			System.out.printf(Locale.ROOT,
					"[intake] %s: %d of %d documents in %.1f s = %.1f documents/s end to end; server peak heap %.0f MB "
							+ "(-Xmx%dm), server CPU %.1f s%n",
					status, captured, docs, seconds, captured / seconds, peak, a.num("xmx-mb"),
					heap.serverCpuMs() / 1000.0);
			if (!status.equals("CAPTURED") || captured != docs) {
				throw new IllegalStateException("the intake did not capture every document: " + view);
			}
		}
	}

	/** The ZIP streamed from disk as the part "file" of a multipart POST; never held in memory. */
	private static String upload(String base, String[] login, Path zip) throws IOException {
		String boundary = "bench-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ zip.getFileName() + "\"\r\nContent-Type: application/zip\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpURLConnection c = (HttpURLConnection) URI.create(base + "/api/v1/intakes").toURL().openConnection();
		c.setRequestMethod("POST");
		c.setDoOutput(true);
		c.setConnectTimeout(10_000);
		c.setReadTimeout(3_600_000);
		c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString((login[0] + ":" + login[1]).getBytes(StandardCharsets.UTF_8)));
		c.setRequestProperty("Accept", "application/json");
		c.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
		c.setFixedLengthStreamingMode(head.length + Files.size(zip) + tail.length);
		try (OutputStream out = c.getOutputStream()) {
			out.write(head);
			Files.copy(zip, out);
			out.write(tail);
		}
		int status = c.getResponseCode();
		try (InputStream in = (status < 400) ? c.getInputStream() : c.getErrorStream()) {
			String body = (in == null) ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (status != 202) {
				throw new IllegalStateException("intake upload: HTTP " + status + " " + body);
			}
			return body;
		}
	}

	/** A top-level scalar of a JSON answer, as text ("" when absent). */
	private static String field(String json, String name) {
		Matcher m = Pattern.compile(String.format(NUMBER.pattern(), Pattern.quote(name))).matcher(json);
		return m.find() ? m.group(1).trim() : "";
	}

	static void summary(Args a) throws IOException {
		Results r = new Results(a.path("results"));
		double rate = r.realOrNaN("intake.docsPerSec");
		double peak = r.realOrNaN("intake.peakHeapMb");
		System.out.println();
		System.out.println("Intake benchmark (indicative: other processes share the machine; see the load)");
		System.out.printf(Locale.ROOT, "  documents           %s captured of %s, ZIP %s MB%n", r.strOrDash("intake.captured"),
				r.strOrDash("intake.docs"), r.strOrDash("intake.zipMb"));
		System.out.printf(Locale.ROOT, "  upload (HTTP 202)   %s s%n", r.strOrDash("intake.uploadSeconds"));
		System.out.printf(Locale.ROOT, "  end to end          %s s = %.1f documents/s (capture phase alone: %s rows/s)%n",
				r.strOrDash("intake.seconds"), rate, r.strOrDash("intake.captureRowsPerSec"));
		System.out.printf(Locale.ROOT, "  server peak heap    %.0f MB of -Xmx%sm (largest after a GC: %s MB)%n", peak,
				r.strOrDash("intake.xmxMb"), r.strOrDash("intake.maxAfterGcMb"));
		System.out.printf(Locale.ROOT, "  server CPU          %s s; whole machine busy %s CPU-s; load %s%n",
				r.strOrDash("intake.serverCpuSeconds"), r.strOrDash("intake.machineBusyCpuSeconds"),
				r.strOrDash("intake.load"));
		System.out.printf(Locale.ROOT, "  target >= 200 documents/s end to end: %s%n", (rate >= 200) ? "MET" : "MISSED");
		System.out.printf(Locale.ROOT, "  target peak heap < 256 MB:            %s%n", (peak < 256) ? "MET" : "MISSED");
	}

}
