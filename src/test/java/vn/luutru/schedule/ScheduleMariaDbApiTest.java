package vn.luutru.schedule;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.MariaDbApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule and file plans against MariaDB: utf8mb4 text, the seed, an import. */
@MariaDbApiTest
class ScheduleMariaDbApiTest extends ScheduleApiSupport {

	@Test
	void seedAndNewRulesKeepVietnameseText() {
		JsonNode rules = this.admin.get(RULES).json();
		assertThat(rules.size()).isGreaterThanOrEqualTo(40);
		assertThat(RetentionScheduleApiTest.find(rules, "16").path("title").asText())
			.isEqualTo("Phiếu lấy ý kiến tín nhiệm trong công tác quy hoạch cán bộ");
		Map<String, Object> body = rule(newRuleCode(), "07", 5, "DESTROY");
		body.put("title", "Hồ sơ đề nghị xét tặng Kỷ niệm chương vì sự nghiệp Văn thư, Lưu trữ");
		JsonNode created = created(this.admin.post(RULES, body));
		assertThat(this.admin.get(RULES + "/" + created.path("id").asLong()).json().path("title").asText())
			.isEqualTo("Hồ sơ đề nghị xét tặng Kỷ niệm chương vì sự nghiệp Văn thư, Lưu trữ");
		assertThat(this.admin.post(RULES, rule("2", "01", null, "TRANSFER")).errorFields()).containsExactly("code");
	}

	@Test
	void plansFilesWithVietnameseTextAndAHeadingWithĐ() {
		String agency = newAgency("Sở Giáo dục và Đào tạo tỉnh Sơn La");
		Api clerk = createUser(agency, "clerk");
		JsonNode item = created(clerk.post(ITEMS,
				item("01.ĐTBD", "Đào tạo, bồi dưỡng", "Hồ sơ bồi dưỡng nghiệp vụ văn thư, lưu trữ năm 2025", "21")));
		assertThat(item.path("fileNotation").asText()).isEqualTo("01.ĐTBD");
		assertThat(clerk.post(ITEMS, item("01.ĐTBD", "Đào tạo", "Trùng", "21")).errorFields())
			.containsExactly("fileNotation");
		JsonNode plan = clerk.get("/api/v1/file-plans?year=2025").json();
		assertThat(plan.path("items").get(0).path("heading").asText()).isEqualTo("Đào tạo, bồi dưỡng");
	}

	@Test
	void importsAPlanAllOrNothing() {
		String agency = newAgency("UBND huyện Thuận Châu");
		Api archivist = createUser(agency, "archivist");
		List<Object> header = List.copyOf(FilePlanImportSheet.HEADERS);
		byte[] bad = xlsx(List.of(header, cells("01.TH", "Tổng hợp", "Báo cáo năm", "2", null, null),
				cells("02.TH", "Tổng hợp", "Quy tắc không có", "không-có", null, null)));
		assertThat(upload(archivist, "/api/v1/file-plans/import?year=2025", bad).errorFields())
			.containsExactly("rows[3].retentionRuleCode");
		assertThat(archivist.get("/api/v1/file-plans?year=2025").json().path("total").asInt()).isZero();

		byte[] good = xlsx(List.of(header, cells("01.TH", "Tổng hợp", "Báo cáo năm", "2", null, null),
				cells("02.TH", "Tổng hợp", "Công văn trao đổi", "7", "Văn phòng", "Ghi chú có dấu")));
		Api.Response r = upload(archivist, "/api/v1/file-plans/import?year=2025", good);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(archivist.get("/api/v1/file-plans?year=2025").json().path("total").asInt()).isEqualTo(2);
	}

}
