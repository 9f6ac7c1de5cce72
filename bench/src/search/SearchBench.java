import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The search benchmark's client (bench/search.sh):
 *
 * <pre>
 * text   --jdbc-url U --jdbc-user X [--jdbc-password P] [--text-share 10]
 *        gives every seeded file a generated Vietnamese title and one file in --text-share a
 *        document text (stored as the indexer stores extracted text: folded, lt_search_text)
 * index  --base B --admin-user A --admin-password P --results F
 *        runs the indexer through POST /api/v1/search/index until nothing waits (bulk path)
 * users  --base B --admin-user A --admin-password P --agency CODE
 *        creates bench.manager and bench.officer (of agency CODE)
 * query  --base B --results F
 *        the 20 queries, each run once to warm up, then timed once: median and worst
 * </pre>
 */
public final class SearchBench {

	static final String[] INITIALS = { "", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh",
			"ph", "qu", "r", "s", "t", "th", "tr", "v", "x" };

	static final String[] VOWELS = { "a", "á", "à", "ả", "ã", "ạ", "ă", "ắ", "ằ", "â", "ấ", "ầ", "e", "é", "ê", "ế",
			"ề", "i", "í", "ì", "o", "ó", "ò", "ô", "ố", "ồ", "ơ", "ớ", "ờ", "u", "ú", "ù", "ư", "ứ", "ừ", "y" };

	static final String[] FINALS = { "", "", "n", "ng", "nh", "m", "c", "t", "p", "i", "o", "u" };

	/** Real words first: they are the most common, as in real titles. */
	static final String[] COMMON = { "hồ", "sơ", "báo", "cáo", "công", "tác", "kế", "hoạch", "quyết", "định",
			"năm", "tỉnh", "sở", "về", "việc", "thực", "hiện", "tổng", "kết", "đường", "giao", "thông", "đất", "đai",
			"xây", "dựng", "cán", "bộ", "thanh", "tra", "kiểm", "ngân", "sách", "hội", "nghị", "khen", "thưởng" };

	static final String[] TEMPLATES = { "Hồ sơ hội nghị tổng kết công tác năm", "Kế hoạch, báo cáo công tác",
			"Hồ sơ tuyển dụng công chức", "Hồ sơ quyết toán ngân sách", "Hồ sơ thanh tra, kiểm tra",
			"Sổ theo dõi văn bản đến", "Hồ sơ thi đua, khen thưởng", "Hồ sơ giao đất xây dựng đường" };

	static String[] vocabulary() {
		List<String> words = new ArrayList<>(Arrays.asList(COMMON));
		for (String f : FINALS) {
			for (String v : VOWELS) {
				for (String i : INITIALS) {
					words.add(i + v + f);
				}
			}
		}
		return words.stream().distinct().toArray(String[]::new);
	}

	/** A word, the first ones far more often (Zipf-like). */
	static String word(String[] vocabulary, SplittableRandom r) {
		double u = r.nextDouble();
		return vocabulary[(int) (vocabulary.length * u * u * u * u)];
	}

	/** As the application folds (vn.luutru.search.Folding). */
	static String fold(String text) {
		String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
			.replace('Đ', 'D').toLowerCase(Locale.ROOT);
		return " " + String.join(" ", bare.split("[^\\p{L}\\p{N}]+")).trim() + " ";
	}

	public static void main(String[] args) throws Exception {
		Args a = new Args(args, 1);
		switch (args[0]) {
			case "text" -> text(a);
			case "index" -> index(a);
			case "users" -> users(a);
			case "query" -> query(a);
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static void text(Args a) throws Exception {
		String[] vocabulary = vocabulary();
		int share = Integer.parseInt(a.opt("text-share", "10"));
		SplittableRandom r = new SplittableRandom(20261207L);
		long t0 = System.nanoTime();
		try (Connection c = DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"),
				a.opt("jdbc-password", ""))) {
			c.setAutoCommit(false);
			long max;
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select max(id) from lt_record_file")) {
				rs.next();
				max = rs.getLong(1);
			}
			int texts = 0;
			// One document per file with text: a real lt_document row (id = its file's id,
			// marked indexed) and its folded metadata and text in lt_search_text, as the
			// indexer stores what it extracted.
			try (PreparedStatement title = c.prepareStatement("update lt_record_file set title = ? where id = ?");
					PreparedStatement doc = c.prepareStatement("insert into lt_document (id, file_id, position, "
							+ "doc_code, type_name, issued_date, organ_name, subject, language, page_count, sheet_count, "
							+ "access_mode, confidence_level, schema_version, content_sha256, content_size, media_type, "
							+ "original_name, pdfa_status, captured_by, captured_at, search_state) values (?, ?, 1, ?, ?, "
							+ "'2020-06-30', ?, ?, 'Tiếng Việt', 3, 2, '01', '01', 'TT05/2025', ?, 30000, "
							+ "'application/pdf', ?, 'NONE', 'bench', current_timestamp(3), 1)");
					PreparedStatement text = c.prepareStatement(
							"insert into lt_search_text (file_id, source_id, folded) values (?, ?, ?)")) {
				for (long id = 1; id <= max; id++) {
					StringBuilder t = new StringBuilder(TEMPLATES[r.nextInt(TEMPLATES.length)]);
					int n = 3 + r.nextInt(4);
					for (int i = 0; i < n; i++) {
						t.append(' ').append(word(vocabulary, r));
					}
					title.setString(1, t.toString());
					title.setLong(2, id);
					title.addBatch();
					if (r.nextInt(share) == 0) {
						boolean report = r.nextBoolean();
						String subject = report ? "Báo cáo kết quả nghiệm thu công trình" : "Biên bản nghiệm thu công trình";
						StringBuilder d = new StringBuilder(subject);
						for (int i = 0; i < 150; i++) {
							d.append(' ').append(word(vocabulary, r));
						}
						String docCode = "BENCH.TL" + id + ".01";
						String organ = "Sở Xây dựng tỉnh " + word(vocabulary, r);
						String original = "bien-ban-" + id + ".pdf";
						doc.setLong(1, id);
						doc.setLong(2, id);
						doc.setString(3, docCode);
						doc.setString(4, report ? "14" : "15");
						doc.setString(5, organ);
						doc.setString(6, subject);
						doc.setString(7, String.format("%064x", id));
						doc.setString(8, original);
						doc.addBatch();
						// IndexedDocument.metadataText(): code, number, notation, organ,
						// subject, keywords, description, signer, original name; then the text
						String metadata = String.join(" ", docCode, "", "", organ, subject, "", "", "", original);
						text.setLong(1, id);
						text.setLong(2, id);
						text.setString(3, fold(metadata + " " + d));
						text.addBatch();
						texts++;
					}
					if (id % 5000 == 0) {
						title.executeBatch();
						doc.executeBatch();
						text.executeBatch();
						c.commit();
					}
					if (id % 100_000 == 0) {
						System.out.printf("[text] %,d titles, %,d documents with text, %.0f s%n", id, texts,
								(System.nanoTime() - t0) / 1e9);
					}
				}
				title.executeBatch();
				doc.executeBatch();
				text.executeBatch();
				c.commit();
			}
			System.out.printf("[text] %,d titles, %,d documents with text in %.0f s%n", max, texts,
					(System.nanoTime() - t0) / 1e9);
		}
	}

	static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static HttpResponse<String> call(String method, String base, String path, String user, String password,
			String json) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofMinutes(30))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		if (json != null) {
			b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			b.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static void index(Args a) throws Exception {
		Results results = new Results(a.path("results"));
		long t0 = System.nanoTime();
		while (true) {
			HttpResponse<String> r = call("POST", a.str("base"), "/api/v1/search/index?chunks=200",
					a.str("admin-user"), a.str("admin-password"), null);
			if (r.statusCode() != 200) {
				throw new IllegalStateException("index: HTTP " + r.statusCode() + " " + r.body());
			}
			System.out.printf("[index] %.0f s %s%n", (System.nanoTime() - t0) / 1e9, r.body());
			if (r.body().contains("\"filesWaiting\":0,") && r.body().contains("\"documentsWaiting\":0")) {
				break;
			}
		}
		results.put("index.seconds", (System.nanoTime() - t0) / 1e9);
		results.save();
	}

	static void users(Args a) throws Exception {
		for (String[] u : new String[][] { { "bench.manager", "manager" }, { "bench.officer", "clerk" } }) {
			HttpResponse<String> r = call("POST", a.str("base"), "/api/v1/users", a.str("admin-user"),
					a.str("admin-password"),
					"{\"userId\":\"" + u[0] + "\",\"firstName\":\"Bench\",\"lastName\":\"Search\",\"password\":"
							+ "\"bench-search-pw\",\"agencyCode\":\"" + a.str("agency") + "\",\"roles\":[\"" + u[1]
							+ "\"]}");
			if (r.statusCode() != 201) {
				throw new IllegalStateException("user " + u[0] + ": HTTP " + r.statusCode() + " " + r.body());
			}
		}
	}

	/** user | label | query string */
	static String[][] queries(String agency) {
		String q = "/api/v1/search?q=";
		return new String[][] { { "manager", "common word", q + enc("hồ sơ") },
				{ "manager", "common word, no diacritics", q + enc("cong tac") },
				{ "manager", "rare word", q + enc("trừu") },
				{ "manager", "rare + common word", q + enc("hồ sơ khyu") },
				{ "manager", "two mid words", q + enc("đất đai") },
				{ "manager", "prefix, common", q + enc("thanh*") },
				{ "manager", "prefix, rare", q + enc("khy*") },
				{ "manager", "phrase, common words", q + enc("\"báo cáo công tác\"") },
				{ "manager", "phrase in document text", q + enc("\"nghiệm thu công trình\"") },
				{ "manager", "word + year", q + enc("hồ sơ") + "&year=2010" },
				{ "manager", "word + agency", q + enc("quyết toán") + "&agencyCode=" + agency },
				{ "manager", "word + state", q + enc("kế hoạch") + "&status=DEPOSITED" },
				{ "manager", "word + retention + access", q + enc("tuyển dụng") + "&maintenanceCode=01&accessMode=01" },
				{ "manager", "word, sorted by year", q + enc("khen thưởng") + "&sort=YEAR" },
				{ "manager", "word, page 5", q + enc("hồ sơ") + "&page=4&size=50" },
				{ "manager", "filters only", "/api/v1/search?year=2001&status=DEPOSITED" },
				{ "officer", "officer, common word", q + enc("hồ sơ") },
				{ "officer", "officer, rare word", q + enc("trừu") },
				{ "officer", "officer, prefix", q + enc("thanh*") },
				{ "officer", "officer, phrase", q + enc("\"tổng kết công tác\"") } };
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static void query(Args a) throws Exception {
		Results results = new Results(a.path("results"));
		String[][] queries = queries(a.str("agency"));
		for (String[] q : queries) {
			run(a.str("base"), q);
		}
		double[] ms = new double[queries.length];
		for (int i = 0; i < queries.length; i++) {
			long t0 = System.nanoTime();
			HttpResponse<String> r = run(a.str("base"), queries[i]);
			ms[i] = (System.nanoTime() - t0) / 1e6;
			String total = r.body().replaceAll("(?s).*\"total\":(\\d+).*", "$1");
			System.out.printf("[query] %-30s %7.0f ms  total %s%n", queries[i][1], ms[i], total);
			results.put("query." + (i + 1) + ".ms", ms[i]);
		}
		double[] sorted = ms.clone();
		Arrays.sort(sorted);
		double median = (sorted[9] + sorted[10]) / 2;
		results.put("query.median.ms", median);
		results.put("query.worst.ms", sorted[sorted.length - 1]);
		results.save();
		System.out.printf("[query] 20 queries: median %.0f ms, worst %.0f ms (target < 1000 ms)%n", median,
				sorted[sorted.length - 1]);
	}

	static HttpResponse<String> run(String base, String[] q) throws Exception {
		HttpResponse<String> r = call("GET", base, q[2], "bench." + q[0], "bench-search-pw", null);
		if (r.statusCode() != 200) {
			throw new IllegalStateException(q[1] + ": HTTP " + r.statusCode() + " " + r.body());
		}
		return r;
	}

}
