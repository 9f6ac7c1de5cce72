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
		String notation = (SEQ.incrementAndGet() % 100) + ".K" + SEQ.get();
		String code = "kpi." + agencyId + "." + year + "." + notation;
		this.jdbc.update("insert into lt_record_file (agency_id, custody_agency_id, file_code, file_year, "
				+ "file_notation, title, maintenance_code, retention_years, access_mode, language, status, "
				+ "schema_version, opened_by, opened_at, transferred_at) values (?, ?, ?, ?, ?, ?, ?, ?, '01', '01', ?, "
				+ "'TT05/2025', 'kpi-test', ?, ?)", agencyId, custodyAgencyId, code, year, notation,
				"Hồ sơ thử chỉ tiêu " + notation, maintenanceCode, maintenanceCode.equals("01") ? null : 10,
				(transferredOn != null) ? "TRANSFERRED" : "DEPOSITED", Timestamp.from(Instant.now()),
				(transferredOn != null) ? Timestamp.valueOf(transferredOn.atTime(9, 0)) : null);
		return this.jdbc.queryForObject("select id from lt_record_file where file_code = ?", Long.class, code);
	}

	void document(long fileId, LocalDate issued, String confidenceLevel, String paperFileCode) {
		int position = SEQ.incrementAndGet();
		this.jdbc.update("insert into lt_document (file_id, position, doc_code, type_name, issued_date, organ_name, "
				+ "subject, language, page_count, sheet_count, access_mode, confidence_level, schema_version, "
				+ "content_sha256, content_size, media_type, original_name, pdfa_status, captured_by, captured_at, "
				+ "paper_file_code) values (?, ?, ?, '22', ?, 'Sở Nội vụ tỉnh Sơn La', 'Công văn thử', '01', 1, 1, "
				+ "'01', ?, 'TT05/2025', ?, 1, 'application/pdf', 'cv.pdf', 'NOT_PDFA', 'kpi-test', ?, ?)", fileId,
				position, "kpi." + fileId + "." + position, Date.valueOf(issued), confidenceLevel,
				String.format("%064x", position), Timestamp.from(Instant.now()), paperFileCode);
	}

	void staff(long agencyId, String name, LocalDate trainedOn) {
		this.jdbc.update("insert into lt_staff (agency_id, full_name, archive_role, employment, trained_on, "
				+ "training_course, created_by, updated_at) values (?, ?, 'ARCHIVIST', 'PART_TIME', ?, ?, 'kpi-test', ?)",
				agencyId, name, (trainedOn != null) ? Date.valueOf(trainedOn) : null,
				(trainedOn != null) ? "Tập huấn lưu trữ điện tử" : null, Timestamp.from(Instant.now()));
	}

}
