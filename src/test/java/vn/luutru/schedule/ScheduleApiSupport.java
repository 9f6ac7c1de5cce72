package vn.luutru.schedule;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests, users and sheets that the schedule and file plan tests share. */
abstract class ScheduleApiSupport extends ApiTestSupport {

	static final String RULES = "/api/v1/retention-schedule/rules";

	static final String ITEMS = "/api/v1/file-plans/items";

	private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 9000));

	/** A rule code no other test uses, also across runs against a kept database. */
	static String newRuleCode() {
		return "T" + SEQ.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(100, 999);
	}

	static Map<String, Object> rule(String code, String maintenanceCode, Integer years, String action) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("heading", "Tài liệu thử nghiệm");
		body.put("title", "Hồ sơ thử nghiệm " + code);
		body.put("maintenanceCode", maintenanceCode);
		body.put("retentionYears", years);
		body.put("actionAtEnd", action);
		body.put("legalBasis", "Thông tư 10/2022/TT-BNV");
		return body;
	}

	static Map<String, Object> item(String notation, String heading, String title, String ruleCode) {
		Map<String, Object> body = new HashMap<>();
		body.put("planYear", 2025);
		body.put("fileNotation", notation);
		body.put("heading", heading);
		body.put("title", title);
		body.put("retentionRuleCode", ruleCode);
		body.put("creator", "Phòng Tổ chức - Hành chính");
		return body;
	}

	/** A new agency and the code it got. */
	String newAgency(String name) {
		return createAgency(name, false).path("code").asText();
	}

	JsonNode created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	static byte[] xlsx(List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Nhập");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Object value = cells.get(c);
					if (value instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<Object> cells(Object... values) {
		return Arrays.asList(values);
	}

	static Workbook open(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	Api.Response upload(Api api, String path, byte[] bytes) {
		return api.multipart(path, Api.parts("file", Api.Part.file("bang.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes)));
	}

}
