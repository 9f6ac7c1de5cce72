package vn.luutru.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.support.ApiTestSupport;

/**
 * Records for the reports, written straight into the tables: the reports only read, and
 * the lifecycle that would bring files to these states has its own scenario tests.
 */
abstract class ReportApiSupport extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	long agencyId(String code) {
		return this.jdbc.queryForObject("select id from lt_agency where code = ?", Long.class, code);
	}

	/** A file of an agency with a deadline, and its documents' totals. */
	void file(String agencyCode, String fileCode, String title, String status, String dueAction, LocalDate dueOn,
			int documents, int pages) {
		long agency = agencyId(agencyCode);
		this.jdbc.update("""
				insert into lt_record_file (agency_id, custody_agency_id, file_code, file_year, file_notation, title,
				  maintenance_code, retention_years, access_mode, language, doc_total, sheet_total, page_total, status,
				  due_on, due_action, schema_version, opened_by, opened_at)
				values (?, ?, ?, 2025, ?, ?, '06', 10, '01', 'vi', ?, ?, ?, ?, ?, ?, 'TT05/2025', 'test', ?)
				""", agency, agency, fileCode, fileCode.substring(fileCode.lastIndexOf('.') + 1), title, documents,
				documents, pages, status, dueOn, dueAction, Timestamp.from(Instant.now()));
	}

	static XSSFWorkbook open(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	/** The row whose cell in a column holds a text. */
	static Row rowWith(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text + " in column " + column);
	}

	static List<String> column(Sheet sheet, int column) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING) {
				texts.add(cell.getStringCellValue());
			}
		}
		return texts;
	}

}
