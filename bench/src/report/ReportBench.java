import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The client side of bench/report.sh. One step per call:
 *
 * <pre>
 * users     ...   a manager of the province and an archivist of the first agency
 * deadline  ...   the retention deadline report downloaded through HTTP, timed; its rows counted
 * bare      ...   the same rows read into memory, then written by bare SXSSF, timed
 * dashboard ...   every dashboard request 20 times through HTTP: median and worst
 * summary   ...   the figures against the targets
 * </pre>
 *
 * Figures go to a properties file (--results) that the summary reads.
 */
public final class ReportBench {

	/** The detail sheet's query: the report mapper's columns, filter and order (DeadlineReportMapper.xml). */
	static final String ROWS = "select a.name, f.due_action, f.due_on, f.file_code, f.title, f.maintenance_code, "
			+ "f.retention_years, f.status, f.on_hold, f.doc_total, f.page_total "
			+ "from lt_record_file f join lt_agency a on a.id = f.agency_id where f.due_on between ? and ? "
			+ "and f.due_action is not null and f.status in ('CLOSED', 'RETAINED_BY_UNIT', 'DEPOSITED', "
			+ "'TRANSFER_PENDING', 'UNDER_DESTRUCTION_REVIEW') order by a.name, case f.due_action when 'DEPOSIT' "
			+ "then 1 when 'TRANSFER' then 2 else 3 end, f.due_on, f.file_code";

	static final int REPEATS = 20;

	private ReportBench() {
	}

	public static void main(String[] args) throws Exception {
		Args a = new Args(args, 1);
		try {
			switch (args[0]) {
				case "users" -> users(a);
				case "deadline" -> deadline(a);
				case "bare" -> bare(a);
				case "dashboard" -> dashboard(a);
				case "summary" -> summary(a);
				default -> throw new IllegalArgumentException("unknown step " + args[0]);
			}
		}
		catch (Exception ex) {
			System.err.println("[report-bench] FAILED in " + args[0] + ": " + ex);
			ex.printStackTrace();
			System.exit(1);
		}
	}

	/** A manager (Sở Nội vụ) and an archivist of the first seeded agency, created through the API. */
	static void users(Args a) throws Exception {
		LuuTruClient api = new LuuTruClient(a.str("base"));
		String[] admin = { a.str("admin-user"), a.str("admin-password") };
		String password = a.str("password");
		api.postJson("api/v1/users", admin, user("bench.manager", "Quản lý", "000.12.12.H53", password, "manager"))
			.expect(201, "create the manager");
		api.postJson("api/v1/users", admin,
				user("bench.archivist", "Lưu trữ viên", "000.00.21.H53", password, "archivist"))
			.expect(201, "create the archivist");
	}

	private static String user(String id, String lastName, String agency, String password, String role) {
		return "{\"userId\":" + LuuTruClient.json(id) + ",\"firstName\":\"Bench\",\"lastName\":"
				+ LuuTruClient.json(lastName) + ",\"password\":" + LuuTruClient.json(password) + ",\"agencyCode\":"
				+ LuuTruClient.json(agency) + ",\"roles\":[" + LuuTruClient.json(role) + "]}";
	}

	/**
	 * GET /api/v1/reports/retention-deadlines as the manager (every agency), written to disk
	 * as a browser would; the time runs from the request to the last byte. Then counts the
	 * detail sheet's rows and checks them against the database.
	 */
	static void deadline(Args a) throws Exception {
		Results results = new Results(a.path("results"));
		LocalDate from = LocalDate.parse(a.str("from"));
		LocalDate to = LocalDate.parse(a.str("to"));
		Path out = a.path("out");
		long expected = count(a, from, to);
		HeapWatch heap = new HeapWatch(Long.parseLong(a.str("pid")), 200, a.has("gc-log") ? a.path("gc-log") : null);
		long started = System.nanoTime();
		HttpURLConnection c = open(a, "api/v1/reports/retention-deadlines?from=" + from + "&to=" + to);
		int status = c.getResponseCode();
		if (status != 200) {
			throw new IllegalStateException("report: HTTP " + status);
		}
		long bytes;
		try (InputStream in = c.getInputStream(); OutputStream file = Files.newOutputStream(out)) {
			bytes = in.transferTo(file);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		heap.close();
		long[] gc = heap.gcPeaks();
		long rows = detailRows(out);
		System.out.printf(Locale.ROOT,
				"[report] retention deadlines %s..%s: %d rows (database: %d), %.1f MB, %.2f s through HTTP; "
						+ "server heap peak %.0f MB sampled, %d MB before a GC%n",
				from, to, rows, expected, bytes / 1e6, seconds, heap.sampledPeakMb(), gc[0]);
		if (rows != expected) {
			throw new IllegalStateException("the report has " + rows + " rows, the database " + expected);
		}
		results.put("report.rows", rows);
		results.put("report.bytes", bytes);
		results.put("report.seconds", seconds);
		results.put("report.heap.sampled.mb", heap.sampledPeakMb());
		results.put("report.heap.gc.mb", gc[0]);
		results.put("report.server.cpu.ms", heap.serverCpuMs());
		results.save();
	}

	private static long count(Args a, LocalDate from, LocalDate to) throws Exception {
		try (Connection c = DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"), a.opt("jdbc-password", ""));
				PreparedStatement ps = c.prepareStatement("select count(*) from (" + ROWS + ") r")) {
			ps.setObject(1, from);
			ps.setObject(2, to);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/**
	 * The data rows of the detail sheet (the workbook's second): every row holding a file
	 * code in column F, found by streaming through the sheet's XML.
	 */
	static long detailRows(Path xlsx) throws IOException {
		// The central directory, not the local headers: POI writes Zip64 local headers that
		// ZipInputStream misreads (spreadsheet programs read the central directory too).
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			ZipEntry sheet = zip.getEntry("xl/worksheets/sheet2.xml");
			if (sheet == null) {
				throw new IllegalStateException("no detail sheet in " + xlsx);
			}
			try (InputStream in = new BufferedInputStream(zip.getInputStream(sheet), 1 << 16)) {
				return countDataRows(in);
			}
		}
	}

	/** Rows whose first cell is a serial number (STT): the data rows, not titles, headers or totals. */
	private static long countDataRows(InputStream sheet) throws IOException {
		byte[] buf = new byte[1 << 16];
		StringBuilder carry = new StringBuilder();
		long rows = 0;
		int n;
		while ((n = sheet.read(buf)) > 0) {
			carry.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
			int last = carry.lastIndexOf("</row>");
			if (last < 0) {
				continue;
			}
			String whole = carry.substring(0, last + 6);
			int i = 0;
			while ((i = whole.indexOf("<row ", i)) >= 0) {
				int end = whole.indexOf("</row>", i);
				String row = whole.substring(i, end);
				// The serial number: a numeric first cell in column A (no t="s", "str" or "inlineStr").
				int a = row.indexOf("<c r=\"A");
				if (a >= 0) {
					int close = row.indexOf('>', a);
					String cell = row.substring(a, close);
					boolean numeric = !cell.contains("t=\"") || cell.contains("t=\"n\"");
					if (numeric && row.indexOf("<v>", close) == close + 1) {
						rows++;
					}
				}
				i = end;
			}
			carry.delete(0, last + 6);
		}
		return rows;
	}

	/**
	 * The baseline: the same rows, read from the database into memory first (not timed),
	 * then written by a bare SXSSF workbook (window 100, one sheet, one date style) to a
	 * file: what writing that many rows costs POI itself.
	 */
	static void bare(Args a) throws Exception {
		Results results = new Results(a.path("results"));
		LocalDate from = LocalDate.parse(a.str("from"));
		LocalDate to = LocalDate.parse(a.str("to"));
		List<Object[]> rows = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"), a.opt("jdbc-password", ""));
				PreparedStatement ps = c.prepareStatement(ROWS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
			ps.setFetchSize(Integer.MIN_VALUE);
			ps.setObject(1, from);
			ps.setObject(2, to);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					rows.add(new Object[] { rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
							rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7), rs.getString(8),
							rs.getBoolean(9), rs.getLong(10), rs.getLong(11) });
				}
			}
		}
		LocalDate today = LocalDate.now();
		long started = System.nanoTime();
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(a.path("out")), 1 << 16)) {
			SXSSFSheet sheet = wb.createSheet("Chi tiết");
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			int r = 0;
			Row header = sheet.createRow(r++);
			String[] names = { "STT", "Cơ quan", "Việc đến hạn", "Hạn", "Quá hạn (ngày)", "Mã hồ sơ", "Tiêu đề hồ sơ",
					"Thời hạn bảo quản", "Trạng thái", "Số văn bản", "Số trang" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			for (Object[] v : rows) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r++);
				row.createCell(1).setCellValue((String) v[0]);
				row.createCell(2).setCellValue((String) v[1]);
				var due = row.createCell(3);
				due.setCellValue((LocalDate) v[2]);
				due.setCellStyle(date);
				long late = today.toEpochDay() - ((LocalDate) v[2]).toEpochDay();
				if (late > 0) {
					row.createCell(4).setCellValue(late);
				}
				row.createCell(5).setCellValue((String) v[3]);
				row.createCell(6).setCellValue((String) v[4]);
				row.createCell(7).setCellValue(v[5] + " " + v[6]);
				row.createCell(8).setCellValue((String) v[7]);
				row.createCell(9).setCellValue((Long) v[9]);
				row.createCell(10).setCellValue((Long) v[10]);
			}
			wb.write(out);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT, "[report] bare SXSSF: %d rows from memory in %.2f s (%.1f MB)%n", rows.size(),
				seconds, Files.size(a.path("out")) / 1e6);
		results.put("bare.rows", rows.size());
		results.put("bare.seconds", seconds);
		results.save();
	}

	/**
	 * Every request the dashboard makes or links to, as the manager (the province, then one
	 * agency) and as the agency's archivist: each 2 times to warm up, then 20 times timed.
	 */
	static void dashboard(Args a) throws Exception {
		Results results = new Results(a.path("results"));
		long agencyId = agencyId(a);
		String year = a.opt("year", "");
		List<String[]> requests = new ArrayList<>();
		for (String scope : new String[] { "", "agencyId=" + agencyId }) {
			String q = scope.isEmpty() ? "" : scope + "&";
			requests.add(new String[] { "manager", "api/v1/dashboard?" + scope });
			requests.add(new String[] { "manager", "dashboard?" + scope });
			requests.add(new String[] { "manager", "dashboard/files?" + q + "status=DEPOSITED" });
			requests.add(new String[] { "manager", "dashboard/files?" + q + "status=OPEN" });
			requests.add(new String[] { "manager", "dashboard/files?" + q + "action=TRANSFER&window=OVERDUE" });
			requests.add(new String[] { "manager", "dashboard/files?" + q + "action=DESTRUCTION_REVIEW&window=D365" });
			requests.add(new String[] { "manager", "dashboard/files?" + q + "action=DEPOSIT&window=D30" });
			requests.add(new String[] { "manager", "dashboard/files?" + q + "month=" + a.str("month")
					+ "&action=DESTRUCTION_REVIEW" });
			requests.add(new String[] { "manager", "dashboard/approvals?" + scope });
		}
		requests.add(new String[] { "archivist", "api/v1/dashboard" });
		requests.add(new String[] { "archivist", "dashboard" });
		requests.add(new String[] { "archivist", "dashboard/files?status=DEPOSITED" });
		requests.add(new String[] { "archivist", "home" });
		if (!year.isEmpty()) {
			requests.add(new String[] { "manager", "dashboard?year=" + year });
		}
		double worstMedian = 0;
		double worstOfAll = 0;
		int i = 0;
		for (String[] r : requests) {
			String who = r[0].equals("manager") ? "bench.manager" : "bench.archivist";
			double[] ms = new double[REPEATS];
			long bytes = 0;
			for (int k = -2; k < REPEATS; k++) {
				long t0 = System.nanoTime();
				HttpURLConnection c = open(a, r[1], who, a.str("password"));
				int status = c.getResponseCode();
				if (status != 200) {
					throw new IllegalStateException(r[1] + " as " + who + ": HTTP " + status);
				}
				try (InputStream in = c.getInputStream()) {
					bytes = in.transferTo(OutputStream.nullOutputStream());
				}
				if (k >= 0) {
					ms[k] = (System.nanoTime() - t0) / 1e6;
				}
			}
			Arrays.sort(ms);
			double median = (ms[REPEATS / 2 - 1] + ms[REPEATS / 2]) / 2;
			double worst = ms[REPEATS - 1];
			worstMedian = Math.max(worstMedian, median);
			worstOfAll = Math.max(worstOfAll, worst);
			System.out.printf(Locale.ROOT, "[report] %-9s GET /%-78s median %7.1f ms, worst %7.1f ms (%d bytes)%n",
					r[0], r[1], median, worst, bytes);
			results.put("dashboard." + i + ".request", r[0] + " /" + r[1]);
			results.put("dashboard." + i + ".median.ms", median);
			results.put("dashboard." + i + ".worst.ms", worst);
			i++;
		}
		results.put("dashboard.requests", i);
		results.put("dashboard.median.max.ms", worstMedian);
		results.put("dashboard.worst.max.ms", worstOfAll);
		results.save();
	}

	private static long agencyId(Args a) throws Exception {
		try (Connection c = DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"), a.opt("jdbc-password", ""));
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id from lt_agency where code = '000.00.21.H53'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void summary(Args a) throws Exception {
		Results r = new Results(a.path("results"));
		System.out.println();
		System.out.println("| figure | measured | target | met |");
		System.out.println("| --- | --- | --- | --- |");
		if (r.has("report.seconds")) {
			double report = r.realOrNaN("report.seconds");
			double bare = r.realOrNaN("bare.seconds");
			double ratio = report / bare;
			System.out.printf(Locale.ROOT, "| retention deadline report, %s rows, server -Xmx%sm | %.1f s | < 40 s | %s |%n",
					r.strOrDash("report.rows"), r.strOrDash("xmx"), report, met(report < 40));
			System.out.printf(Locale.ROOT, "| bare SXSSF, the same rows from memory | %.1f s | | |%n", bare);
			System.out.printf(Locale.ROOT, "| report / bare SXSSF | %.2f× | ≤ 2× | %s |%n", ratio, met(ratio <= 2));
			System.out.printf(Locale.ROOT,
					"| server heap during the report (sampled / before a GC) | %.0f / %s MB | < %s MB | |%n",
					r.realOrNaN("report.heap.sampled.mb"), r.strOrDash("report.heap.gc.mb"), r.strOrDash("xmx"));
		}
		if (r.has("dashboard.requests")) {
			double median = r.realOrNaN("dashboard.median.max.ms");
			double worst = r.realOrNaN("dashboard.worst.max.ms");
			System.out.printf(Locale.ROOT, "| dashboard, %s requests × 20: slowest median | %.0f ms | < 1000 ms | %s |%n",
					r.strOrDash("dashboard.requests"), median, met(median < 1000));
			System.out.printf(Locale.ROOT, "| dashboard: worst single answer | %.0f ms | < 1000 ms | %s |%n", worst,
					met(worst < 1000));
		}
	}

	private static String met(boolean yes) {
		return yes ? "yes" : "**no**";
	}

	private static HttpURLConnection open(Args a, String path) throws IOException {
		return open(a, path, "bench.manager", a.str("password"));
	}

	private static HttpURLConnection open(Args a, String path, String user, String password) throws IOException {
		String base = a.str("base");
		HttpURLConnection c = (HttpURLConnection) URI.create(base.endsWith("/") ? base : base + "/")
			.resolve(path)
			.toURL()
			.openConnection();
		c.setConnectTimeout(10_000);
		c.setReadTimeout(600_000);
		c.setRequestProperty("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		c.setRequestProperty("Accept-Language", "vi");
		return c;
	}

}
