package vn.luutru.report.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's indicators computed from seeded rows whose ratios are worked out by hand, as
 * officers and managers read them through the API. Run on H2 and on MariaDB.
 */
abstract class KpiScenarios extends ApiTestSupport {

	static final int YEAR = 2026;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KpiService kpis;

	KpiSeed seed;

	@BeforeEach
	void seeder() {
		this.seed = new KpiSeed(this.jdbc);
		// The province's historical archive first: the archives these tests add must not
		// become the one other tests sharing this context transfer to.
		historicalArchive();
	}

	@org.junit.jupiter.api.AfterEach
	void finishSeededCycles() {
		this.seed.finishSeededCycles();
	}

	@Test
	void agencyIndicatorsMatchTheirHandCountedRatios() {
		JsonNode agency = createAgency("Sở Công Thương tỉnh Sơn La", false);
		long a = agency.path("id").asLong();
		// 1: issued in 2026, 4 of 5 born digital (80.0%, target 80: met); one of 2025
		// left out
		long docs = this.seed.file(a, a, YEAR, "06", null);
		for (int i = 0; i < 4; i++) {
			this.seed.document(docs, LocalDate.of(YEAR, 3, 1 + i), "01", null);
		}
		this.seed.document(docs, LocalDate.of(YEAR, 12, 31), "02", "LTCQ.K1.0001");
		this.seed.document(docs, LocalDate.of(YEAR - 1, 12, 31), "01", null);
		// 2: permanent files created in 2023; transferred 2025 and 2026 (in time), 2027
		// (late),
		// never: 2 of 4 (50.0%, target 80: missed by 30 points). A 2022 permanent file
		// and a
		// 2023 ten-year file are of no concern.
		this.seed.file(a, a, YEAR - 3, "01", LocalDate.of(YEAR - 1, 6, 1));
		this.seed.file(a, a, YEAR - 3, "01", LocalDate.of(YEAR, 12, 31));
		this.seed.file(a, a, YEAR - 3, "01", LocalDate.of(YEAR + 1, 1, 2));
		this.seed.file(a, a, YEAR - 3, "01", null);
		this.seed.file(a, a, YEAR - 4, "01", LocalDate.of(YEAR - 1, 6, 1));
		this.seed.file(a, a, YEAR - 3, "06", null);
		// 8: 4 staff, trained 2025 and on 31/12/2026 (counted), 2027 and never (not):
		// 50.0%
		this.seed.staff(a, "Nguyễn Thị Lan", LocalDate.of(YEAR - 1, 5, 10));
		this.seed.staff(a, "Trần Văn Bình", LocalDate.of(YEAR, 12, 31));
		this.seed.staff(a, "Lò Văn Páo", LocalDate.of(YEAR + 1, 1, 15));
		this.seed.staff(a, "Đinh Thị Hoa", null);

		Api manager = createUser(agency.path("code").asText(), "manager");
		Map<Integer, JsonNode> byNumber = byNumber(
				manager.get("/api/v1/kpi?year=" + YEAR + "&agency=" + agency.path("code").asText()).json());

		assertIndicator(byNumber.get(1), 4, 5, "80.0", "80.0", "0.0", "MET");
		assertIndicator(byNumber.get(2), 2, 4, "50.0", "80.0", "-30.0", "MISSED");
		assertIndicator(byNumber.get(8), 2, 4, "50.0", "100.0", "-50.0", "MISSED");
		assertThat(byNumber.get(5).path("status").asText()).as("no paper records in its custody").isEqualTo("NO_DATA");
		assertThat(byNumber.get(3).path("status").asText()).as("not a historical archive").isEqualTo("NO_DATA");
		assertIndicator(byNumber.get(4), 0, 1, "0.0", "90.0", "-90.0", "MISSED");
		assertThat(byNumber.get(7).path("status").asText()).as("no permanent file holds content").isEqualTo("NO_DATA");
		assertThat(byNumber.get(6).path("status").asText()).as("not a historical archive").isEqualTo("NO_DATA");
		assertThat(byNumber.values()).as("every indicator is measured now")
			.noneMatch((v) -> "NOT_MEASURED".equals(v.path("status").asText()));
	}

	@Test
	void historicalRecordsCountForTheNationalDatabaseOnceExportedBeforeTheYearEnds() {
		long archive = createAgency("Trung tâm Lưu trữ lịch sử quốc gia thử " + System.nanoTime() % 10000, true)
			.path("id")
			.asLong();
		long source = createAgency("Sở Công Thương tỉnh Sơn La", false).path("id").asLong();
		// exported in the year -> counted
		long exported = this.seed.file(source, archive, YEAR - 8, "01", LocalDate.of(YEAR, 2, 1));
		this.seed.document(exported, LocalDate.of(YEAR - 8, 3, 1), "01", null);
		this.seed.nationalExport(exported, archive,
				LocalDate.of(YEAR, 6, 1).atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
		// exported next year -> not yet
		long late = this.seed.file(source, archive, YEAR - 8, "01", LocalDate.of(YEAR, 2, 1));
		this.seed.document(late, LocalDate.of(YEAR - 8, 3, 2), "01", null);
		this.seed.nationalExport(late, archive,
				LocalDate.of(YEAR + 1, 1, 5).atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
		// never exported -> in the denominator only
		long waiting = this.seed.file(source, archive, YEAR - 8, "01", LocalDate.of(YEAR, 4, 1));
		this.seed.document(waiting, LocalDate.of(YEAR - 8, 3, 3), "01", null);
		// no electronic content, or received next year -> not counted at all
		this.seed.file(source, archive, YEAR - 8, "01", LocalDate.of(YEAR, 4, 1));
		long next = this.seed.file(source, archive, YEAR - 8, "01", LocalDate.of(YEAR + 1, 1, 2));
		this.seed.document(next, LocalDate.of(YEAR - 8, 3, 4), "01", null);

		KpiValue v = indicator(this.kpis.forAgency(YEAR, archive), 6);

		assertThat(v.numerator()).isEqualTo(1);
		assertThat(v.denominator()).isEqualTo(3);
		assertThat(v.actualPercent()).isEqualByComparingTo("33.3");
		assertThat(indicator(this.kpis.forAgency(YEAR, source), 6).status()).as("counted for the keeper only")
			.isEqualTo(KpiStatus.NO_DATA);
	}

	@Test
	void publicHistoricalRecordsCountWhenTheirMetadataAndContentAreThere() {
		long archive = createAgency("Trung tâm Lưu trữ lịch sử thử " + System.nanoTime() % 10000, true).path("id")
			.asLong();
		long source = createAgency("Sở Giao thông vận tải tỉnh Sơn La", false).path("id").asLong();
		// complete: two documents with their description and content -> counted
		long complete = this.seed.file(source, archive, YEAR - 6, "01", LocalDate.of(YEAR, 3, 1));
		this.seed.document(complete, LocalDate.of(YEAR - 6, 2, 1), "01", null);
		this.seed.document(complete, LocalDate.of(YEAR - 6, 2, 2), "01", null);
		// one document's content erased -> not usable online
		long erased = this.seed.file(source, archive, YEAR - 6, "01", LocalDate.of(YEAR, 3, 1));
		this.seed.document(erased, LocalDate.of(YEAR - 6, 2, 3), "01", null);
		this.seed
			.eraseContent(this.seed.document(erased, LocalDate.of(YEAR - 6, 2, 4), "01", null, sha(), Instant.now()));
		// no document at all -> nothing to use
		this.seed.file(source, archive, YEAR - 6, "01", LocalDate.of(YEAR, 4, 1));
		// on the restricted list (conditional, secret) or received next year: not counted
		long conditional = this.seed.file(source, archive, YEAR - 6, "01", LocalDate.of(YEAR, 3, 1), "02");
		this.seed.document(conditional, LocalDate.of(YEAR - 6, 2, 5), "01", null);
		this.seed.file(source, archive, YEAR - 6, "01", LocalDate.of(YEAR, 3, 1), "03");
		long later = this.seed.file(source, archive, YEAR - 6, "01", LocalDate.of(YEAR + 1, 1, 3));
		this.seed.document(later, LocalDate.of(YEAR - 6, 2, 6), "01", null);

		KpiValue v = indicator(this.kpis.forAgency(YEAR, archive), 3);

		assertThat(v.numerator()).as("one of three public files is complete").isEqualTo(1);
		assertThat(v.denominator()).isEqualTo(3);
		assertThat(v.actualPercent()).isEqualByComparingTo("33.3");
		assertThat(v.status()).isEqualTo(KpiStatus.MISSED);
		assertThat(indicator(this.kpis.forAgency(YEAR, source), 3).status()).as("counted for the keeper only")
			.isEqualTo(KpiStatus.NO_DATA);
	}

	@Test
	void anAgencyArchiveRunsAccessOnlineWhenItAnsweredAReaderInTheYear() {
		JsonNode answered = createAgency("Sở Xây dựng tỉnh Sơn La", false);
		long pending = createAgency("Sở Tài chính tỉnh Sơn La", false).path("id").asLong();
		long lastYear = createAgency("Sở Giáo dục và Đào tạo tỉnh Sơn La", false).path("id").asLong();
		long archive = createAgency("Trung tâm Lưu trữ lịch sử thử " + System.nanoTime() % 10000, true).path("id")
			.asLong();
		Instant inYear = LocalDate.of(YEAR, 6, 15).atTime(10, 0).atZone(KpiYears.VIETNAM).toInstant();
		this.seed.accessRequest(answered.path("id").asLong(), inYear, "GRANTED");
		this.seed.accessRequest(answered.path("id").asLong(), inYear, "PENDING");
		this.seed.accessRequest(pending, inYear, "PENDING");
		this.seed.accessRequest(lastYear, inYear.minus(java.time.Duration.ofDays(365)), "REJECTED");
		this.seed.accessRequest(archive, inYear, "APPROVED");
		Api manager = createUser(answered.path("code").asText(), "manager");

		Map<Integer, JsonNode> own = byNumber(
				manager.get("/api/v1/kpi?year=" + YEAR + "&agency=" + answered.path("code").asText()).json());

		assertIndicator(own.get(4), 1, 1, "100.0", "90.0", "10.0", "MET");
		assertThat(indicator(this.kpis.forAgency(YEAR, pending), 4).numerator()).as("not answered yet").isZero();
		assertThat(indicator(this.kpis.forAgency(YEAR, lastYear), 4).numerator()).as("answered last year").isZero();
		assertThat(indicator(this.kpis.forAgency(YEAR - 1, lastYear), 4).numerator()).isEqualTo(1);
		assertThat(indicator(this.kpis.forAgency(YEAR, archive), 4).status())
			.as("a historical archive is not an agency archive")
			.isEqualTo(KpiStatus.NO_DATA);
	}

	@Test
	void permanentFilesArePreservedSafelyWhenCheckedWithinTheCycleAndBackedUp() {
		// 2011: rows no other test writes (they live now); rows of an earlier run removed
		int year = 2011;
		this.jdbc.update("delete from lt_fixity_finding where cycle_id in "
				+ "(select id from lt_fixity_cycle where started_at < '2013-01-01')");
		this.jdbc.update("delete from lt_fixity_cycle where started_at < '2013-01-01'");
		this.jdbc.update("delete from lt_backup where started_at < '2013-01-01'");
		long a = createAgency("Sở Lao động tỉnh Sơn La", false).path("id").asLong();
		Instant june1 = at(year, 6, 1);
		// safe: captured 1/6, backed up 2/6, checked in the cycle of 20/12 (one copy
		// repaired)
		long safe = this.seed.file(a, a, year, "01", null);
		this.seed.document(safe, LocalDate.of(year, 5, 1), "01", null, sha(), june1);
		String repaired = sha();
		this.seed.document(safe, LocalDate.of(year, 5, 2), "01", null, repaired, june1);
		// captured after the only finished backup (a later one failed; one after the
		// year)
		long notBackedUp = this.seed.file(a, a, year, "01", null);
		this.seed.document(notBackedUp, LocalDate.of(year, 5, 3), "01", null, sha(), at(year, 6, 3));
		// a mismatch left unrepaired in the cycle
		long damaged = this.seed.file(a, a, year, "01", null);
		String bad = sha();
		this.seed.document(damaged, LocalDate.of(year, 5, 4), "01", null, bad, june1);
		// checked only in a cycle begun more than 30 days before the year's end
		long stale = this.seed.file(a, a, year, "01", null);
		this.seed.document(stale, LocalDate.of(year, 5, 5), "01", null, "f" + sha().substring(1), june1);
		// no content left, a ten-year file, a document captured next year: not counted
		long erased = this.seed.file(a, a, year, "01", null);
		this.seed.eraseContent(this.seed.document(erased, LocalDate.of(year, 5, 6), "01", null, sha(), june1));
		long tenYears = this.seed.file(a, a, year, "06", null);
		this.seed.document(tenYears, LocalDate.of(year, 5, 7), "01", null, sha(), june1);
		long nextYear = this.seed.file(a, a, year, "01", null);
		this.seed.document(nextYear, LocalDate.of(year, 5, 8), "01", null, sha(), at(year + 1, 1, 5));
		this.seed.backup(at(year, 6, 2), "DONE");
		this.seed.backup(at(year, 6, 4), "FAILED");
		this.seed.backup(at(year + 1, 1, 10), "DONE");
		this.seed.fixityCycle(at(year, 10, 1), true, null);
		long cycle = this.seed.fixityCycle(at(year, 12, 20), false, "e" + "0".repeat(63));
		this.seed.fixityFinding(cycle, repaired, "B", "REPAIRED");
		this.seed.fixityFinding(cycle, bad, "A", "FOUND");
		this.seed.fixityCycle(at(year + 1, 1, 2), true, null);

		KpiValue v = indicator(this.kpis.forAgency(year, a), 7);

		assertThat(v.denominator()).as("four permanent files holding content at the end of " + year).isEqualTo(4);
		assertThat(v.numerator()).as("only the checked and backed-up one").isEqualTo(1);
		assertThat(v.actualPercent()).isEqualByComparingTo("25.0");
		assertThat(v.status()).isEqualTo(KpiStatus.MISSED);
	}

	@Test
	void withinTheMarginIsCloseAndTheOfficerSeesOnlyHisOwnAgency() {
		JsonNode agency = createAgency("Sở Y tế tỉnh Sơn La", false);
		long b = agency.path("id").asLong();
		for (int i = 0; i < 20; i++) {
			this.seed.staff(b, "Cán bộ " + i, (i < 19) ? LocalDate.of(YEAR, 4, 2) : null);
		}
		Api archivist = createUser(agency.path("code").asText(), "archivist");

		Map<Integer, JsonNode> own = byNumber(archivist.get("/api/v1/kpi?year=" + YEAR).json());
		assertIndicator(own.get(8), 19, 20, "95.0", "100.0", "-5.0", "CLOSE");
		assertThat(own.get(8).path("agencyCode").asText()).isEqualTo(agency.path("code").asText());

		String other = createAgency("Sở Tư pháp tỉnh Sơn La", false).path("code").asText();
		assertThat(archivist.get("/api/v1/kpi?year=" + YEAR + "&agency=" + other).status())
			.as("another agency's indicators do not exist for him")
			.isEqualTo(404);
	}

	@Test
	void digitisedPaperRecordsAreCountedForTheHistoricalArchive() {
		long archive = createAgency("Trung tâm Lưu trữ lịch sử thử " + System.nanoTime() % 10000, true).path("id")
			.asLong();
		long source = createAgency("Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La", false).path("id").asLong();
		KpiValue before = indicator(this.kpis.forAgency(YEAR, archive), 5);
		long held = this.seed.file(source, archive, YEAR - 5, "01", LocalDate.of(YEAR, 2, 1));
		this.seed.document(held, LocalDate.of(YEAR - 5, 1, 5), "02", "LTLS.K1-G2-H3.0001");
		this.seed.document(held, LocalDate.of(YEAR - 5, 1, 6), "02", "LTLS.K1-G2-H3.0002");
		this.seed.document(held, LocalDate.of(YEAR - 5, 1, 7), "02", "LTLS.K1-G2-H3.0003");
		this.seed.document(held, LocalDate.of(YEAR - 5, 1, 8), "03", "LTLS.K1-G2-H3.0004");
		this.seed.document(held, LocalDate.of(YEAR - 5, 1, 9), "01", null);
		long later = this.seed.file(source, archive, YEAR - 5, "01", LocalDate.of(YEAR + 1, 2, 1));
		this.seed.document(later, LocalDate.of(YEAR - 5, 1, 5), "02", "LTLS.K9.0001");

		KpiValue after = indicator(this.kpis.forAgency(YEAR, archive), 5);

		assertThat(after.numerator() - before.numerator()).as("three digitised with their paper code").isEqualTo(3);
		assertThat(after.denominator() - before.denominator())
			.as("four with a paper original held by the end of the year; the born-digital one and next year's not")
			.isEqualTo(4);
	}

	@Test
	void provinceSumsEveryAgencyAndIsForManagersOnly() {
		JsonNode agency = createAgency("Sở Nông nghiệp và Môi trường tỉnh Sơn La", false);
		this.seed.staff(agency.path("id").asLong(), "Hà Văn Sơn", LocalDate.of(YEAR, 1, 5));
		Api officer = createUser(agency.path("code").asText(), "archivist");
		Api manager = createUser(agency.path("code").asText(), "manager");

		List<KpiValue> province = this.kpis.forProvince(YEAR);
		Map<KpiIndicator, List<KpiValue>> agencies = this.kpis.forEveryAgency(YEAR);
		for (KpiIndicator indicator : KpiIndicator.values()) {
			KpiValue total = indicator(province, indicator.number());
			assertThat(total.numerator())
				.isEqualTo(agencies.get(indicator).stream().mapToLong(KpiValue::numerator).sum());
			assertThat(total.denominator())
				.isEqualTo(agencies.get(indicator).stream().mapToLong(KpiValue::denominator).sum());
		}
		assertThat(indicator(province, 8).denominator()).isPositive();
		JsonNode asManager = manager.get("/api/v1/kpi?year=" + YEAR).json();
		assertThat(asManager).hasSize(8);
		assertThat(asManager.get(0).hasNonNull("agencyId")).as("the province").isFalse();
		JsonNode asOfficer = officer.get("/api/v1/kpi?year=" + YEAR).json();
		assertThat(asOfficer.get(7).path("agencyCode").asText()).as("an officer sees his own agency")
			.isEqualTo(agency.path("code").asText());
	}

	@Test
	void targetsAreEditedByManagersAndApplyFromTheirYearOn() {
		JsonNode agency = createAgency("Sở Khoa học và Công nghệ tỉnh Sơn La", false);
		Api manager = createUser(agency.path("code").asText(), "manager");
		Api archivist = createUser(agency.path("code").asText(), "archivist");
		int year = 2090 + (int) (System.nanoTime() % 9);

		java.math.BigDecimal yearBefore = indicator(this.kpis.forProvince(year - 1), 5).targetPercent();
		assertThat(archivist.put("/api/v1/kpi/targets/5/" + year, Map.of("targetPercent", 40)).status()).isEqualTo(403);
		Api.Response bad = manager.put("/api/v1/kpi/targets/5/" + year, Map.of("targetPercent", 140));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.toString()).contains("targetPercent").contains("phần trăm").contains("percentage");
		assertThat(manager.put("/api/v1/kpi/targets/9/" + year, Map.of("targetPercent", 40)).status()).isEqualTo(400);
		Api.Response set = manager.put("/api/v1/kpi/targets/5/" + year, Map.of("targetPercent", 40));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);

		assertThat(indicator(this.kpis.forProvince(year - 1), 5).targetPercent()).isEqualByComparingTo(yearBefore);
		assertThat(indicator(this.kpis.forProvince(year), 5).targetPercent()).isEqualByComparingTo("40");
		assertThat(indicator(this.kpis.forProvince(year + 1), 5).targetPercent()).isEqualByComparingTo("40");
		assertThat(indicator(this.kpis.forProvince(2020), 5).targetPercent()).as("before the plan: its first targets")
			.isEqualByComparingTo("30");
	}

	@Test
	void kpiReportColoursTheSummaryAndTotalsEachIndicator() throws Exception {
		JsonNode agency = createAgency("Sở Ngoại vụ tỉnh Sơn La", false);
		String code = agency.path("code").asText();
		long a = agency.path("id").asLong();
		long docs = this.seed.file(a, a, YEAR, "06", null);
		for (int i = 0; i < 4; i++) {
			this.seed.document(docs, LocalDate.of(YEAR, 5, 1 + i), "01", null);
		}
		this.seed.document(docs, LocalDate.of(YEAR, 5, 9), "02", "LTCQ.K2.0009");
		this.seed.staff(a, "Vì Văn Chung", LocalDate.of(YEAR, 2, 2));
		this.seed.staff(a, "Sa Thị Nga", null);
		Api manager = createUser(code, "manager");

		Api.Response r = manager.get("/api/v1/reports/kpi?year=" + YEAR + "&agency=" + code);

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(r.body()))) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(9);
			assertThat(wb.getSheetName(0)).isEqualTo("Tổng hợp");
			assertThat(wb.getSheetName(8)).isEqualTo("Chỉ tiêu 8");
			org.apache.poi.ss.usermodel.Sheet summary = wb.getSheetAt(0);
			assertThat(text(summary, 0, 12)).contains(KpiReport.TITLE).contains("SỞ NGOẠI VỤ TỈNH SƠN LA");
			int header = headerRow(summary);
			org.apache.poi.ss.usermodel.Row met = summary.getRow(header + 1);
			assertThat(met.getCell(1).getStringCellValue()).startsWith("Văn bản được tạo lập điện tử");
			assertThat(met.getCell(2).getNumericCellValue()).isEqualTo(80.0);
			assertThat(met.getCell(4).getCellFormula()).isEqualTo("C" + (header + 2) + "-D" + (header + 2));
			assertThat(met.getCell(4).getNumericCellValue()).isEqualTo(0.0);
			assertThat(met.getCell(7).getStringCellValue()).isEqualTo("Đạt");
			org.apache.poi.ss.usermodel.Row noData = summary.getRow(header + 2);
			assertThat(noData.getCell(7).getStringCellValue()).isEqualTo("Chưa có dữ liệu");
			org.apache.poi.ss.usermodel.Row national = summary.getRow(header + 6);
			assertThat(national.getCell(7).getStringCellValue()).as("not a historical archive")
				.isEqualTo("Chưa có dữ liệu");
			org.apache.poi.ss.usermodel.Row missed = summary.getRow(header + 8);
			assertThat(missed.getCell(2).getNumericCellValue()).isEqualTo(50.0);
			assertThat(missed.getCell(7).getStringCellValue()).isEqualTo("Chưa đạt");
			assertThat(fill(met)).as("met and missed tinted apart").isNotNull().isNotEqualTo(fill(missed));
			assertThat(fill(missed)).isNotNull();
			assertThat(fill(noData)).as("nothing to judge: no tint").isNull();

			assertThat(text(wb.getSheet("Chỉ tiêu 7"), 0, 40).replaceAll("\\s+", " "))
				.as("how safe preservation is counted")
				.contains("Cách tính:")
				.contains("kiểm tra toàn vẹn")
				.contains("bộ sao lưu");
			org.apache.poi.ss.usermodel.Sheet staff = wb.getSheet("Chỉ tiêu 8");
			int h = headerRow(staff);
			assertThat(staff.getRow(h + 1).getCell(1).getStringCellValue()).isEqualTo("Sở Ngoại vụ tỉnh Sơn La");
			assertThat(staff.getRow(h + 1).getCell(3).getNumericCellValue()).isEqualTo(1.0);
			assertThat(staff.getRow(h + 1).getCell(4).getNumericCellValue()).isEqualTo(2.0);
			assertThat(staff.getRow(h + 2).getCell(3).getCellFormula())
				.isEqualTo("SUM(D" + (h + 2) + ":D" + (h + 2) + ")");
			assertThat(staff.getRow(h + 2).getCell(4).getNumericCellValue()).isEqualTo(2.0);
		}
		Api stranger = createUser(createAgency("Sở Tài nguyên tỉnh Sơn La", false).path("code").asText(), "clerk");
		assertThat(stranger.get("/api/v1/reports/kpi?year=" + YEAR + "&agency=" + code).status()).isEqualTo(404);
		// Printed, the summary and each indicator take one A4 page each.
		vn.luutru.support.PrintedPages.assumeLibreOffice();
		assertThat(vn.luutru.support.PrintedPages.count(r.body(), "bao-cao-chi-tieu")).isEqualTo(9);
	}

	private static int headerRow(org.apache.poi.ss.usermodel.Sheet sheet) {
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
					&& "STT".equals(sheet.getRow(r).getCell(0).toString())) {
				return r;
			}
		}
		throw new AssertionError("no header row in " + sheet.getSheetName());
	}

	private static String text(org.apache.poi.ss.usermodel.Sheet sheet, int from, int to) {
		StringBuilder sb = new StringBuilder();
		for (int r = from; r <= to && r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r) != null) {
				sheet.getRow(r).forEach((c) -> sb.append(c.toString()).append(' '));
			}
		}
		return sb.toString();
	}

	/** The row's fill colour (ARGB), null when it has none. */
	private static String fill(org.apache.poi.ss.usermodel.Row row) {
		org.apache.poi.xssf.usermodel.XSSFCellStyle style = (org.apache.poi.xssf.usermodel.XSSFCellStyle) row.getCell(1)
			.getCellStyle();
		if (style.getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.NO_FILL) {
			return null;
		}
		return style.getFillForegroundXSSFColor().getARGBHex();
	}

	/**
	 * A random SHA-256 in hex below "e", so that a cycle whose cursor is "e000..." has
	 * passed it.
	 */
	private static String sha() {
		String hex = java.util.UUID.randomUUID().toString().replace("-", "")
				+ java.util.UUID.randomUUID().toString().replace("-", "");
		return "a" + hex.substring(1);
	}

	private static Instant at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(9, 0).atZone(KpiYears.VIETNAM).toInstant();
	}

	private long agencyId(String code) {
		for (JsonNode a : this.admin.get("/api/v1/agencies").json()) {
			if (a.path("code").asText().equals(code)) {
				return a.path("id").asLong();
			}
		}
		throw new AssertionError("no agency " + code);
	}

	private static KpiValue indicator(List<KpiValue> values, int number) {
		return values.stream().filter((v) -> v.indicator() == number).findFirst().orElseThrow();
	}

	private static Map<Integer, JsonNode> byNumber(JsonNode values) {
		assertThat(values).as(values.toString()).hasSize(8);
		Map<Integer, JsonNode> map = new java.util.HashMap<>();
		values.forEach((v) -> map.put(v.path("indicator").asInt(), v));
		return map;
	}

	private static void assertIndicator(JsonNode v, long numerator, long denominator, String actual, String target,
			String gap, String status) {
		assertThat(v.path("numerator").asLong()).as(v.toString()).isEqualTo(numerator);
		assertThat(v.path("denominator").asLong()).as(v.toString()).isEqualTo(denominator);
		assertThat(v.path("actualPercent").decimalValue()).as(v.toString()).isEqualByComparingTo(actual);
		assertThat(v.path("targetPercent").decimalValue()).as(v.toString()).isEqualByComparingTo(target);
		assertThat(v.path("gap").decimalValue()).as(v.toString()).isEqualByComparingTo(gap);
		assertThat(v.path("status").asText()).as(v.toString()).isEqualTo(status);
	}

}
