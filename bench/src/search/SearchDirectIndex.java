import java.io.BufferedWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The bulk path of the search benchmark (bench/search.sh): builds the index of every
 * seeded file the way vn.luutru.search.SearchIndexer builds it, without the application,
 * so that 1,000,000 files are indexed in minutes rather than an hour.
 *
 * <pre>
 * write  --jdbc-url U --jdbc-user X [--jdbc-password P] --dir D
 *        reads every file's metadata and its documents' stored texts (in id order) and
 *        writes D/texts.tsv, D/terms.tsv and D/pairs.tsv (the rows of lt_search_text with
 *        source_id 0, lt_search_term and lt_search_pair)
 * load   --jdbc-url U ... --dir D
 *        LOAD DATA of the three files (the shell sorts terms and pairs in key order first)
 *        and marks every file indexed
 * verify --jdbc-url U ... --base B --admin-user A --admin-password P [--sample 400]
 *        proves the bulk index identical to the application's: takes a sample of files,
 *        keeps their rows, sends them back to the application's indexer (search_state 0,
 *        then POST /api/v1/search/index) and compares row for row; fails if any differs
 * </pre>
 */
public final class SearchDirectIndex {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchDirectIndex() {
	}

	public static void main(String[] args) throws Exception {
		Args a = new Args(args, 1);
		switch (args[0]) {
			case "write" -> write(a);
			case "load" -> load(a);
			case "verify" -> verify(a);
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	/** As vn.luutru.search.Folding.words: NFD, marks dropped, đ as d, lower case, cut at 40. */
	static List<String> words(String text) {
		String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
			.replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		for (String w : SEPARATORS.split(bare)) {
			if (!w.isEmpty()) {
				words.add((w.length() > 40) ? w.substring(0, 40) : w);
			}
		}
		return words;
	}

	static void pairs(List<String> words, Set<String> into) {
		for (int i = 1; i < words.size(); i++) {
			into.add(words.get(i - 1) + " " + words.get(i));
		}
	}

	static List<String> split(String folded) {
		List<String> words = new ArrayList<>();
		for (String w : folded.split(" ")) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}

	static String nz(String s) {
		return (s != null) ? s : "";
	}

	static Connection connect(Args a) throws Exception {
		return DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"), a.opt("jdbc-password", ""));
	}

	static final String FILES = "select f.id, a.code, f.file_code, f.file_notation, f.title, f.keywords, f.creator, "
			+ "f.description, f.infor_sign from lt_record_file f join lt_agency a on a.id = f.agency_id";

	static void write(Args a) throws Exception {
		Path dir = Path.of(a.str("dir"));
		long t0 = System.nanoTime();
		long files = 0, terms = 0, pairCount = 0;
		try (Connection fc = connect(a); Connection tc = connect(a);
				Statement fs = fc.createStatement(java.sql.ResultSet.TYPE_FORWARD_ONLY,
						java.sql.ResultSet.CONCUR_READ_ONLY);
				Statement ts = tc.createStatement(java.sql.ResultSet.TYPE_FORWARD_ONLY,
						java.sql.ResultSet.CONCUR_READ_ONLY);
				BufferedWriter textOut = Files.newBufferedWriter(dir.resolve("texts.tsv"), StandardCharsets.UTF_8);
				BufferedWriter termOut = Files.newBufferedWriter(dir.resolve("terms.tsv"), StandardCharsets.UTF_8);
				BufferedWriter pairOut = Files.newBufferedWriter(dir.resolve("pairs.tsv"), StandardCharsets.UTF_8)) {
			fs.setFetchSize(Integer.MIN_VALUE);
			ts.setFetchSize(Integer.MIN_VALUE);
			try (ResultSet f = fs.executeQuery(FILES + " order by f.id");
					ResultSet t = ts.executeQuery(
							"select file_id, folded from lt_search_text where source_id <> 0 order by file_id, source_id")) {
				boolean moreTexts = t.next();
				while (f.next()) {
					long id = f.getLong(1);
					String metadata = String.join(" ", nz(f.getString(2)), nz(f.getString(3)), nz(f.getString(4)),
							nz(f.getString(5)), nz(f.getString(6)), nz(f.getString(7)), nz(f.getString(8)),
							nz(f.getString(9)));
					List<String> words = words(metadata);
					textOut.append(Long.toString(id)).append("\t0\t ").append(String.join(" ", words)).append(" \n");
					Set<String> fileTerms = new LinkedHashSet<>(words);
					Set<String> filePairs = new LinkedHashSet<>();
					pairs(words, filePairs);
					while (moreTexts && t.getLong(1) < id) {
						moreTexts = t.next();
					}
					while (moreTexts && t.getLong(1) == id) {
						List<String> textWords = split(t.getString(2));
						fileTerms.addAll(textWords);
						pairs(textWords, filePairs);
						moreTexts = t.next();
					}
					for (String term : fileTerms) {
						termOut.append(term).append('\t').append(Long.toString(id)).append('\n');
					}
					for (String pair : filePairs) {
						pairOut.append(pair).append('\t').append(Long.toString(id)).append('\n');
					}
					files++;
					terms += fileTerms.size();
					pairCount += filePairs.size();
					if (files % 200_000 == 0) {
						System.out.printf("[index] %,d files read, %.0f s%n", files, (System.nanoTime() - t0) / 1e9);
					}
				}
			}
		}
		System.out.printf("[index] %,d files: %,d words, %,d pairs written in %.0f s%n", files, terms, pairCount,
				(System.nanoTime() - t0) / 1e9);
	}

	static void load(Args a) throws Exception {
		Path dir = Path.of(a.str("dir"));
		try (Connection c = connect(a); Statement s = c.createStatement()) {
			s.execute("set unique_checks = 0");
			s.execute("set foreign_key_checks = 0");
			for (String[] part : new String[][] { { "texts.tsv", "lt_search_text (file_id, source_id, folded)" },
					{ "terms.sorted.tsv", "lt_search_term (term, file_id)" },
					{ "pairs.sorted.tsv", "lt_search_pair (term, file_id)" } }) {
				long t0 = System.nanoTime();
				long rows = s.executeLargeUpdate("load data local infile '" + dir.resolve(part[0])
						+ "' into table " + part[1].replaceAll(" \\(.*", "") + " character set utf8mb4"
						+ " fields terminated by '\\t' escaped by '' lines terminated by '\\n' "
						+ part[1].replaceAll("^\\S+ ", ""));
				System.out.printf("[index] %s: %,d rows in %.0f s%n", part[0], rows, (System.nanoTime() - t0) / 1e9);
			}
			long t0 = System.nanoTime();
			s.execute("update lt_record_file set search_state = 1 where search_state = 0");
			System.out.printf("[index] files marked indexed in %.0f s%n", (System.nanoTime() - t0) / 1e9);
		}
	}

	/** The index rows of one file, as text, in key order. */
	static Set<String> rows(Connection c, long id) throws Exception {
		Set<String> rows = new TreeSet<>();
		for (String[] q : new String[][] { { "term", "select term from lt_search_term where file_id = ?" },
				{ "pair", "select term from lt_search_pair where file_id = ?" },
				{ "text", "select concat(source_id, ':', folded) from lt_search_text where file_id = ?" } }) {
			try (PreparedStatement p = c.prepareStatement(q[1])) {
				p.setLong(1, id);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						rows.add(q[0] + " " + r.getString(1));
					}
				}
			}
		}
		return rows;
	}

	static void verify(Args a) throws Exception {
		int sample = Integer.parseInt(a.opt("sample", "400"));
		try (Connection c = connect(a)) {
			long max;
			try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select max(id) from lt_record_file")) {
				r.next();
				max = r.getLong(1);
			}
			List<Long> ids = new ArrayList<>();
			// every so many files, plus the next files with a document (their texts count)
			for (long i = 0; i < sample / 2; i++) {
				ids.add(1 + i * max / (sample / 2));
			}
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("select distinct file_id from lt_search_text where source_id <> 0 "
							+ "and mod(file_id, 997) = 3 order by file_id limit " + (sample / 2))) {
				while (r.next()) {
					ids.add(r.getLong(1));
				}
			}
			List<Set<String>> before = new ArrayList<>();
			for (long id : ids) {
				before.add(rows(c, id));
			}
			try (PreparedStatement p = c.prepareStatement("update lt_record_file set search_state = 0 where id = ?")) {
				for (long id : ids) {
					p.setLong(1, id);
					p.addBatch();
				}
				p.executeBatch();
			}
			HttpResponse<String> r = SearchBench.call("POST", a.str("base"), "/api/v1/search/index?chunks=100",
					a.str("admin-user"), a.str("admin-password"), null);
			if (r.statusCode() != 200 || !r.body().contains("\"filesWaiting\":0,")) {
				throw new IllegalStateException("verify: index HTTP " + r.statusCode() + " " + r.body());
			}
			int differ = 0;
			long rowCount = 0;
			for (int i = 0; i < ids.size(); i++) {
				Set<String> after = rows(c, ids.get(i));
				rowCount += after.size();
				if (!after.equals(before.get(i))) {
					differ++;
					Set<String> missing = new TreeSet<>(after);
					missing.removeAll(before.get(i));
					Set<String> extra = new TreeSet<>(before.get(i));
					extra.removeAll(after);
					System.out.printf("[verify] file %d differs: the application wrote %s; the bulk path %s%n",
							ids.get(i), missing, extra);
				}
			}
			if (differ > 0) {
				throw new IllegalStateException(differ + " of " + ids.size() + " files indexed differently");
			}
			System.out.printf("[verify] %d files (%,d rows) re-indexed by the application: identical to the bulk "
					+ "index%n", ids.size(), rowCount);
		}
	}

}
