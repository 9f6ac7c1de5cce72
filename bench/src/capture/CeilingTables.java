import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * The ceiling's scratch tables, shaped like {@code lt_document} and {@code lt_audit_event},
 * and the two rows a capture writes into them ({@link BareCapture}).
 */
final class CeilingTables {

	static final String[] DDL = { "drop table if exists bench_ceiling_document",
			"drop table if exists bench_ceiling_audit",
			"create table bench_ceiling_document (id bigint auto_increment primary key, file_id bigint not null, "
					+ "position int not null, doc_code varchar(120) not null, type_name varchar(2) not null, "
					+ "code_number varchar(11), code_notation varchar(30), issued_date date not null, "
					+ "organ_name varchar(200) not null, subject varchar(500) not null, language varchar(100) not null, "
					+ "page_count int not null, sheet_count int not null, access_mode varchar(2) not null, "
					+ "confidence_level varchar(2) not null, schema_version varchar(20) not null, "
					+ "content_sha256 char(64) not null, content_size bigint not null, media_type varchar(100) not null, "
					+ "original_name varchar(255) not null, pdfa_status varchar(20) not null, "
					+ "captured_by varchar(64) not null, captured_at datetime(3) not null, "
					+ "constraint uk_bench_doc_code unique (doc_code), "
					+ "constraint uk_bench_doc_position unique (file_id, position)"
					+ ") engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci",
			"create index idx_bench_doc_sha on bench_ceiling_document (content_sha256)",
			"create table bench_ceiling_audit (id bigint auto_increment primary key, occurred_at datetime(3) not null, "
					+ "actor varchar(64) not null, action varchar(50) not null, entity_type varchar(30) not null, "
					+ "entity_id varchar(120) not null, agency_id bigint, details varchar(4000), "
					+ "prev_hash char(64) not null, hash char(64) not null"
					+ ") engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci",
			"create index idx_bench_audit_entity on bench_ceiling_audit (entity_type, entity_id)" };

	static final String INSERT_DOC = "insert into bench_ceiling_document (file_id, position, doc_code, "
			+ "type_name, code_number, code_notation, issued_date, organ_name, subject, language, page_count, "
			+ "sheet_count, access_mode, confidence_level, schema_version, content_sha256, content_size, media_type, "
			+ "original_name, pdfa_status, captured_by, captured_at) "
			+ "values (?, ?, ?, '22', ?, 'SNV-VP', ?, ?, ?, '01', 1, 1, '01', '01', 'TT05/2025', ?, ?, "
			+ "'application/pdf', ?, 'NOT_PDFA', 'bench.clerk', ?)";

	static final String INSERT_AUDIT = "insert into bench_ceiling_audit (occurred_at, actor, action, "
			+ "entity_type, entity_id, agency_id, details, prev_hash, hash) "
			+ "values (?, 'bench.clerk', 'DOCUMENT_CAPTURED', 'document', ?, 1, ?, ?, ?)";

	private CeilingTables() {
	}

	/** The document row and its audit row (the caller commits). */
	static void insert(PreparedStatement doc, PreparedStatement audit, long fileId, long n, String code,
			String codeNumber, String hash, long size, String fileName, Timestamp now) throws SQLException {
		doc.setLong(1, fileId);
		doc.setLong(2, n + 1);
		doc.setString(3, code);
		doc.setString(4, codeNumber);
		doc.setObject(5, LocalDate.of(2025, 3, 1));
		doc.setString(6, "Sở Nội vụ tỉnh Sơn La");
		doc.setString(7, "Công văn số " + n + "/SNV-VP về việc thử tải hệ thống lưu trữ");
		doc.setString(8, hash);
		doc.setLong(9, size);
		doc.setString(10, fileName);
		doc.setTimestamp(11, now);
		doc.executeUpdate();
		audit.setTimestamp(1, now);
		audit.setString(2, code);
		audit.setString(3, "{\"fileCode\":\"" + code.substring(0, code.lastIndexOf('.')) + "\",\"mediaType\":"
				+ "\"application/pdf\",\"sha256\":\"" + hash + "\",\"size\":" + size + "}");
		audit.setString(4, hash);
		audit.setString(5, hash);
		audit.executeUpdate();
	}

}
