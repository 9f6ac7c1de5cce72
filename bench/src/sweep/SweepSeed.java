import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeds the agencies and the record files straight into the database with JDBC batches
 * (Connector/J rewrites each batch into multi-row INSERTs). Deadlines are derived the way
 * {@code DueDatePolicy} derives them, with the default {@code luutru.retention.*}
 * settings, and the files the sweep must batch today are counted per agency and action,
 * so that the sweep's result can be checked.
 */
final class SweepSeed {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2025;

	/** luutru.retention.deposit-within, transfer-within-years and transfer-lead. */
	static final Period DEPOSIT_WITHIN = Period.ofYears(1);

	static final int TRANSFER_WITHIN_YEARS = 5;

	static final Period TRANSFER_LEAD = Period.ofMonths(12);

	/** Maintenance codes with their share in per mille and retention years (01: none). */
	private static final String[] CODES = { "01", "02", "03", "04", "05", "06", "07" };

	private static final int[] SHARE = { 250, 50, 50, 100, 150, 200, 200 };

	private static final Integer[] YEARS = { null, 70, 50, 30, 20, 10, null };

	private static final int[] OTHER_YEARS = { 2, 3, 5, 15 };

	private static final String[] HEADINGS = { "VP", "TCCB", "KHTC", "TH", "QLNN", "TTr", "TDKT" };

	private static final String[] TITLES = { "Hồ sơ hội nghị tổng kết công tác năm",
			"Kế hoạch, báo cáo công tác 6 tháng", "Hồ sơ tuyển dụng công chức", "Hồ sơ quyết toán ngân sách",
			"Hồ sơ thanh tra, kiểm tra việc chấp hành pháp luật", "Sổ theo dõi văn bản đến",
			"Hồ sơ thi đua, khen thưởng" };

	private static final String INSERT = "insert into lt_record_file (agency_id, custody_agency_id, file_code, "
			+ "file_year, file_notation, title, retention_rule_id, maintenance_code, retention_years, access_mode, "
			+ "language, creator, start_date, end_date, confidence_level, status, due_on, due_action, on_hold, "
			+ "schema_version, opened_by, opened_at, closed_at, deposited_at) "
			+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, '01', '01', ?, ?, ?, '01', ?, ?, ?, false, 'TT05/2025', 'bench', ?, "
			+ "?, ?)";

	private SweepSeed() {
	}

	static void run(Args a) throws Exception {
		int files = a.num("files");
		int agencies = Integer.parseInt(a.opt("agencies", "10"));
		int batchSize = Integer.parseInt(a.opt("batch", "5000"));
		Results results = new Results(a.path("results"));
		LocalDate today = LocalDate.now(ZONE);
		LocalDate transferHorizon = today.plus(TRANSFER_LEAD);
		SplittableRandom random = new SplittableRandom(20261126L);
		long started = System.nanoTime();
		Map<String, Integer> byStatus = new TreeMap<>();
		Map<String, Integer> due = new TreeMap<>();
		try (Connection c = DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"),
				a.opt("jdbc-password", ""))) {
			List<Long> agencyIds = agencies(c, agencies);
			List<String> agencyCodes = codes(c, agencyIds);
			Map<String, Long> rules = rules(c);
			try (Statement s = c.createStatement()) {
				// The usual bulk-load settings: the seed's codes are unique and its keys valid.
				s.execute("set foreign_key_checks = 0, unique_checks = 0");
			}
			c.setAutoCommit(false);
			int years = LAST_YEAR - FIRST_YEAR + 1;
			int cells = years * agencies;
			int written = 0;
			try (PreparedStatement ps = c.prepareStatement(INSERT)) {
				int pending = 0;
				// File n of a run is always the same file: year by year, agencies interleaved, as
				// ids grow with time in a real archive.
				for (int y = 0; y < years; y++) {
					int year = FIRST_YEAR + y;
					for (int k = 0; k < agencies; k++) {
						int cell = y * agencies + k;
						int count = files / cells + ((cell < files % cells) ? 1 : 0);
						if (count > 9999) {
							throw new IllegalArgumentException("more than 9999 files per agency and year");
						}
						for (int serial = 1; serial <= count; serial++) {
							String key = bind(ps, random, year, serial, agencyIds.get(k), agencyCodes.get(k), rules,
									today, transferHorizon);
							byStatus.merge(key.substring(0, key.indexOf('|')), 1, Integer::sum);
							String group = key.substring(key.indexOf('|') + 1);
							if (!group.isEmpty()) {
								due.merge(agencyIds.get(k) + "/" + group, 1, Integer::sum);
							}
							ps.addBatch();
							if (++pending == batchSize) {
								ps.executeBatch();
								c.commit();
								written += pending;
								pending = 0;
								if (written % 100_000 == 0) {
									System.out.printf("[seed] %,d files, %.1f s%n", written,
											(System.nanoTime() - started) / 1e9);
								}
							}
						}
					}
				}
				if (pending > 0) {
					ps.executeBatch();
					c.commit();
					written += pending;
				}
			}
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				s.execute("set foreign_key_checks = 1, unique_checks = 1");
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			try (Statement s = c.createStatement()) {
				// Fresh statistics, as a DBA would after a bulk load.
				s.execute("analyze table lt_record_file");
			}
			double analyzed = (System.nanoTime() - started) / 1e9;
			int dueFiles = due.values().stream().mapToInt(Integer::intValue).sum();
			results.put("seed.files", written);
			results.put("seed.agencies", agencies);
			results.put("seed.seconds", seconds);
			results.put("seed.analyzeSeconds", analyzed - seconds);
			results.put("seed.rowsPerSecond", written / seconds);
			results.put("seed.asOf", today);
			results.put("seed.transferHorizon", transferHorizon);
			results.put("expected.files", dueFiles);
			results.put("seed.dueFiles", dueFiles);
			results.put("expected.groups", due.size());
			results.put("expected.batches", due.size());
			due.forEach((k, v) -> results.put("expected.group." + k, v));
			byStatus.forEach((k, v) -> results.put("seed.status." + k, v));
			results.save();
			System.out.printf("[seed] %,d files of %d agencies in %.1f s (%,.0f rows/s), analyze %.1f s%n", written,
					agencies, seconds, written / seconds, analyzed - seconds);
			System.out.printf("[seed] by status %s; due as of %s (transfer horizon %s): %,d files in %d groups%n",
					byStatus, today, transferHorizon, dueFiles, due.size());
		}
	}

	/** Binds one file; returns "STATUS|ACTION" (action empty when the sweep leaves it). */
	private static String bind(PreparedStatement ps, SplittableRandom random, int year, int serial, long agencyId,
			String agencyCode, Map<String, Long> rules, LocalDate today, LocalDate transferHorizon)
			throws SQLException {
		int c = pick(random.nextInt(1000));
		String code = CODES[c];
		Integer years = (c == 6) ? Integer.valueOf(OTHER_YEARS[random.nextInt(OTHER_YEARS.length)]) : YEARS[c];
		int heading = random.nextInt(HEADINGS.length);
		String notation = serial + "." + HEADINGS[heading];
		LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(300));
		LocalDate end = start.plusDays(random.nextInt(LocalDate.of(year, 12, 31).getDayOfYear() - start.getDayOfYear() + 1));
		String status = status(random.nextInt(100), year);
		LocalDateTime now = LocalDateTime.now(ZONE);
		LocalDateTime opened = start.atTime(8, 0);
		LocalDateTime closed = null;
		LocalDateTime deposited = null;
		LocalDate dueOn = null;
		String action = null;
		if (!"OPEN".equals(status)) {
			closed = min(end.plusDays(1 + random.nextInt(20)).atTime(16, 0), now.minusDays(1));
		}
		if ("DEPOSITED".equals(status)) {
			LocalDate day = end.plusDays(30 + random.nextInt(300));
			// Far from new year, so the deposit year is the same in every time zone.
			if (day.getDayOfYear() == 1 || day.getMonthValue() == 12 && day.getDayOfMonth() == 31) {
				day = day.plusDays(2);
			}
			deposited = min(day.atTime(LocalTime.of(10, 0)), now.minusDays(2));
			if (deposited.getDayOfYear() == 1) {
				deposited = deposited.minusDays(2);
			}
			if (years == null) {
				dueOn = LocalDate.of(deposited.getYear() + TRANSFER_WITHIN_YEARS, 12, 31);
				action = "TRANSFER";
			}
			else {
				dueOn = LocalDate.of(end.getYear() + years + 1, 1, 1);
				action = "DESTRUCTION_REVIEW";
			}
		}
		else if ("CLOSED".equals(status)) {
			dueOn = end.plus(DEPOSIT_WITHIN);
			action = "DEPOSIT";
		}
		int i = 0;
		ps.setLong(++i, agencyId);
		ps.setLong(++i, agencyId);
		ps.setString(++i, agencyCode + "." + year + "." + notation);
		ps.setInt(++i, year);
		ps.setString(++i, notation);
		ps.setString(++i, TITLES[heading] + " năm " + year + " số " + serial);
		Long rule = rules.get(code + "/" + years);
		if (rule != null) {
			ps.setLong(++i, rule);
		}
		else {
			ps.setNull(++i, Types.BIGINT);
		}
		ps.setString(++i, code);
		if (years != null) {
			ps.setInt(++i, years);
		}
		else {
			ps.setNull(++i, Types.INTEGER);
		}
		ps.setString(++i, "Văn phòng");
		ps.setObject(++i, start);
		ps.setObject(++i, "OPEN".equals(status) ? null : end, Types.DATE);
		ps.setString(++i, status);
		ps.setObject(++i, dueOn, Types.DATE);
		ps.setString(++i, action);
		ps.setObject(++i, opened);
		ps.setObject(++i, closed, Types.TIMESTAMP);
		ps.setObject(++i, deposited, Types.TIMESTAMP);
		boolean sweepTakes = ("TRANSFER".equals(action) && !dueOn.isAfter(transferHorizon))
				|| ("DESTRUCTION_REVIEW".equals(action) && !dueOn.isAfter(today));
		return status + "|" + (sweepTakes ? action : "");
	}

	private static int pick(int perMille) {
		int sum = 0;
		for (int i = 0; i < SHARE.length; i++) {
			sum += SHARE[i];
			if (perMille < sum) {
				return i;
			}
		}
		return SHARE.length - 1;
	}

	/** Old files are in the archive; recent ones still open or waiting for deposit. */
	private static String status(int percent, int year) {
		if (year <= LAST_YEAR - 2) {
			return (percent < 97) ? "DEPOSITED" : "CLOSED";
		}
		if (year == LAST_YEAR - 1) {
			return (percent < 70) ? "DEPOSITED" : (percent < 95) ? "CLOSED" : "OPEN";
		}
		return (percent < 30) ? "DEPOSITED" : (percent < 80) ? "CLOSED" : "OPEN";
	}

	private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

	/** The agencies, plus the historical archive that receives the transfers. */
	private static List<Long> agencies(Connection c, int count) throws SQLException {
		String sql = "insert into lt_agency (code, fonds_code, name, parent_id, historical_archive, transfer_source, "
				+ "created_at) values (?, ?, ?, null, ?, ?, current_timestamp(3))";
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setString(1, "000.12.12.H53");
			ps.setString(2, "H53.LTLS");
			ps.setString(3, "Trung tâm Lưu trữ lịch sử tỉnh (bench)");
			ps.setBoolean(4, true);
			ps.setBoolean(5, false);
			ps.addBatch();
			for (int k = 1; k <= count; k++) {
				ps.setString(1, String.format("000.00.%02d.H53", 20 + k));
				ps.setString(2, String.format("H53.%02d", 20 + k));
				ps.setString(3, "Cơ quan thử nghiệm số " + k + " (bench)");
				ps.setBoolean(4, false);
				ps.setBoolean(5, true);
				ps.addBatch();
			}
			ps.executeBatch();
		}
		List<Long> ids = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id from lt_agency where historical_archive = false order by id")) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	private static List<String> codes(Connection c, List<Long> ids) throws SQLException {
		Map<Long, String> byId = new HashMap<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, code from lt_agency")) {
			while (rs.next()) {
				byId.put(rs.getLong(1), rs.getString(2));
			}
		}
		return ids.stream().map(byId::get).toList();
	}

	/** A rule of the common schedule per maintenance code and years, where one exists. */
	private static Map<String, Long> rules(Connection c) throws SQLException {
		Map<String, Long> rules = new HashMap<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select maintenance_code, retention_years, min(id) from lt_retention_rule "
						+ "group by maintenance_code, retention_years")) {
			while (rs.next()) {
				int years = rs.getInt(2);
				rules.put(rs.getString(1) + "/" + (rs.wasNull() ? null : years), rs.getLong(3));
			}
		}
		return rules;
	}

}
