package vn.luutru.schedule;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class FilePlanAccessApiTest extends ScheduleApiSupport {

	@Test
	void anotherAgencysPlanIsNotFoundForItsNeighbours() {
		String moc = newAgency("UBND huyện Mộc Châu");
		String yen = newAgency("UBND huyện Yên Châu");
		long id = plannedItem(createUser(moc, "clerk"));
		Api neighbour = createUser(yen, "clerk", "archivist");

		Api.Response plan = neighbour.get("/api/v1/file-plans?year=2025&agencyCode=" + moc);
		assertThat(plan.status()).isEqualTo(404);
		assertThat(plan.text()).doesNotContain("Hồ sơ mật của Mộc Châu");
		assertThat(neighbour.get("/api/v1/file-plans?year=2025&agencyCode=999.99.16.T99").status()).isEqualTo(404);
		assertThat(neighbour.get(ITEMS + "/" + id).status()).isEqualTo(404);
		assertThat(neighbour.get("/api/v1/file-plans/export?year=2025&agencyCode=" + moc).status()).isEqualTo(404);
		assertThat(neighbour.get("/api/v1/file-plans?year=2025").json().path("items").size()).isZero();
	}

	@Test
	void neighboursCannotChangeAnotherAgencysPlan() {
		String moc = newAgency("UBND huyện Mộc Châu");
		long id = plannedItem(createUser(moc, "clerk"));
		Api neighbour = createUser(newAgency("UBND huyện Bắc Yên"), "archivist");

		Map<String, Object> intoOther = item("09.TH", "Tổng hợp", "Chen vào", "2");
		intoOther.put("agencyCode", moc);
		assertThat(neighbour.post(ITEMS, intoOther).status()).isEqualTo(403);
		assertThat(neighbour.put(ITEMS + "/" + id, item("01.TH", "Tổng hợp", "Sửa trộm", "2")).status()).isEqualTo(404);
		assertThat(neighbour.delete(ITEMS + "/" + id).status()).isEqualTo(404);
		assertThat(this.admin.get(ITEMS + "/" + id).json().path("title").asText()).isEqualTo("Hồ sơ mật của Mộc Châu");
	}

	@Test
	void managersReadEveryPlanButChangeNone() {
		String moc = newAgency("UBND huyện Mộc Châu");
		long id = plannedItem(createUser(moc, "clerk"));
		Api manager = createUser(newAgency("Sở Nội vụ tỉnh Sơn La"), "manager");

		assertThat(manager.get("/api/v1/file-plans?year=2025&agencyCode=" + moc).json().path("total").asInt())
			.isEqualTo(1);
		assertThat(manager.get(ITEMS + "/" + id).status()).isEqualTo(200);
		assertThat(manager.put(ITEMS + "/" + id, item("01.TH", "Tổng hợp", "Sửa", "2")).status()).isEqualTo(403);
		assertThat(manager.delete(ITEMS + "/" + id).status()).isEqualTo(403);
	}

	@Test
	void agencyHeadsReadTheirPlanButOnlyClerksAndArchivistsWriteIt() {
		String agency = newAgency("Sở Lao động - Thương binh và Xã hội");
		Api head = createUser(agency, "agency-head");
		assertThat(head.post(ITEMS, item("01.TH", "Tổng hợp", "Báo cáo năm", "2")).status()).isEqualTo(403);
		assertThat(head.get("/api/v1/file-plans?year=2025").status()).isEqualTo(200);
	}

	@Test
	void adminPlansForAnyAgencyButMustNameIt() {
		String agency = newAgency("Sở Khoa học và Công nghệ");
		Api.Response noAgency = this.admin.post(ITEMS, item("01.KHCN", "Khoa học", "Đề tài cấp tỉnh", "39"));
		assertThat(noAgency.errorFields()).containsExactly("agencyCode");
		Map<String, Object> body = item("01.KHCN", "Khoa học", "Đề tài cấp tỉnh", "39");
		body.put("agencyCode", agency);
		assertThat(created(this.admin.post(ITEMS, body)).path("agencyCode").asText()).isEqualTo(agency);
		body.put("agencyCode", "999.99.16.Z99");
		assertThat(this.admin.post(ITEMS, body).errorFields()).containsExactly("agencyCode");
	}

	private long plannedItem(Api clerk) {
		return created(clerk.post(ITEMS, item("01.TH", "Tổng hợp", "Hồ sơ mật của Mộc Châu", "2"))).path("id").asLong();
	}

}
