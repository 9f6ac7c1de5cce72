package vn.luutru.report.kpi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the indicators' queries written straight into the tables, so that each test
 * knows exactly what it counts.
 */
final class KpiSeed {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final JdbcTemplate jdbc;

	KpiSeed(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A record file; {@code transferredOn} null when still with the agency. */
	long file(long agencyId, long custodyAgencyId, int year, String maintenanceCode, LocalDate transferredOn) {
		return file(agencyId, custodyAgencyId, year, maintenanceCode, transferredOn, "01");
	}

	/** A record file of the given access mode (01 public, 02 conditional, 03 secret). */
	long file(long agencyId, long custodyAgencyId, int year, String maintenanceCode, LocalDate transferredOn,
			String accessMode) {
		String notation = (SEQ.incrementAndGet() % 100) + ".K" + SEQ.get();
		String code = "kpi." + agencyId + "." + year + "." + notation;
		this.jdbc.update("insert into lt_record_file (agency_id, custody_agency_id, file_code, file_year, "
				+ "file_notation, title, maintenance_code, retention_years, access_mode, language, status, "
				+ "schema_version, opened_by, opened_at, transferred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, '01', ?, "
				+ "'TT05/2025', 'kpi-test', ?, ?)", agencyId, custodyAgencyId, code, year, notation,
				"Hồ sơ thử chỉ tiêu " + notation, maintenanceCode, maintenanceCode.equals("01") ? null : 10, accessMode,
				(transferredOn != null) ? "TRANSFERRED" : "DEPOSITED", Timestamp.from(Instant.now()),
				(transferredOn != null) ? Timestamp.valueOf(transferredOn.atTime(9, 0)) : null);
		return this.jdbc.queryForObject("select id from lt_record_file where file_code = ?", Long.class, code);
	}

	void document(long fileId, LocalDate issued, String confidenceLevel, String paperFileCode) {
		int position = SEQ.incrementAndGet();
		document(fileId, issued, confidenceLevel, paperFileCode, String.format("%064x", position), Instant.now());
	}

	/**
	 * A document whose content is {@code sha256}, captured at {@code capturedAt}; its id.
	 */
	long document(long fileId, LocalDate issued, String confidenceLevel, String paperFileCode, String sha256,
			Instant capturedAt) {
		int position = SEQ.incrementAndGet();
		this.jdbc.update("insert into lt_document (file_id, position, doc_code, type_name, issued_date, organ_name, "
				+ "subject, language, page_count, sheet_count, access_mode, confidence_level, schema_version, "
				+ "content_sha256, content_size, media_type, original_name, pdfa_status, captured_by, captured_at, "
				+ "paper_file_code) values (?, ?, ?, '22', ?, 'Sở Nội vụ tỉnh Sơn La', 'Công văn thử', '01', 1, 1, "
				+ "'01', ?, 'TT05/2025', ?, 1, 'application/pdf', 'cv.pdf', 'NOT_PDFA', 'kpi-test', ?, ?)", fileId,
				position, "kpi." + fileId + "." + position, Date.valueOf(issued), confidenceLevel, sha256,
				Timestamp.from(capturedAt), paperFileCode);
		return this.jdbc.queryForObject("select id from lt_document where doc_code = ?", Long.class,
				"kpi." + fileId + "." + position);
	}

	void eraseContent(long documentId) {
		this.jdbc.update("update lt_document set content_erased_at = ? where id = ?", Timestamp.from(Instant.now()),
				documentId);
	}

	/** An access request a reader made to the archive keeping the files. */
	void accessRequest(long custodyAgencyId, Instant requestedAt, String status) {
		this.jdbc.update(
				"insert into lt_access_request (reader_id, custody_agency_id, purpose, purpose_content, "
						+ "status, requested_at) values (?, ?, '01', 'Nghiên cứu lịch sử địa phương', ?, ?)",
				"kpi-reader-" + SEQ.incrementAndGet(), custodyAgencyId, status, Timestamp.from(requestedAt));
	}

	/** A backup set begun at {@code startedAt} that ended as {@code status}. */
	void backup(Instant startedAt, String status) {
		this.jdbc.update("insert into lt_backup (set_name, kind, status, started_by, trigger_kind, started_at, "
				+ "finished_at, alive_at, target) values (?, 'FULL', ?, 'kpi-test', 'API', ?, ?, ?, '/tmp/kpi')",
				"kpi-" + SEQ.incrementAndGet() + "-" + System.nanoTime(), status, Timestamp.from(startedAt),
				Timestamp.from(startedAt.plusSeconds(60)), Timestamp.from(startedAt.plusSeconds(60)));
	}

	/**
	 * A fixity cycle begun at {@code startedAt}, finished or (lastObject) still running;
	 * its id.
	 */
	long fixityCycle(Instant startedAt, boolean finished, String lastObject) {
		String process = "kpi-" + SEQ.incrementAndGet() + "-" + System.nanoTime();
		this.jdbc.update(
				"insert into lt_fixity_cycle (status, started_at, finished_at, last_object, "
						+ "process_instance_id) values (?, ?, ?, ?, ?)",
				finished ? "FINISHED" : "RUNNING", Timestamp.from(startedAt),
				finished ? Timestamp.from(startedAt.plusSeconds(3600)) : null, lastObject, process);
		return this.jdbc.queryForObject("select id from lt_fixity_cycle where process_instance_id = ?", Long.class,
				process);
	}

	/**
	 * Ends the cycles seeded as running: the fixity audit of the tests sharing this
	 * Spring context would otherwise wait for them for ever.
	 */
	void finishSeededCycles() {
		this.jdbc.update("update lt_fixity_cycle set status = 'FINISHED', finished_at = started_at"
				+ " where status = 'RUNNING' and process_instance_id like 'kpi-%'");
	}

	void fixityFinding(long cycleId, String sha256, String copy, String outcome) {
		this.jdbc.update(
				"insert into lt_fixity_finding (cycle_id, content_sha256, copy_name, finding, found_at, "
						+ "outcome) values (?, ?, ?, 'MISMATCH', ?, ?)",
				cycleId, sha256, copy, Timestamp.from(Instant.now()), outcome);
	}

	void nationalExport(long fileId, long agencyId, Instant exportedAt) {
		this.jdbc.update(
				"insert into lt_national_export (file_id, agency_id, package_sha256, exported_at, exported_by)"
						+ " values (?, ?, ?, ?, 'lichsu')",
				fileId, agencyId, "e".repeat(64), Timestamp.from(exportedAt));
	}

	void staff(long agencyId, String name, LocalDate trainedOn) {
		this.jdbc.update("insert into lt_staff (agency_id, full_name, archive_role, employment, trained_on, "
				+ "training_course, created_by, updated_at) values (?, ?, 'ARCHIVIST', 'PART_TIME', ?, ?, 'kpi-test', ?)",
				agencyId, name, (trainedOn != null) ? Date.valueOf(trainedOn) : null,
				(trainedOn != null) ? "Tập huấn lưu trữ điện tử" : null, Timestamp.from(Instant.now()));
	}

}
