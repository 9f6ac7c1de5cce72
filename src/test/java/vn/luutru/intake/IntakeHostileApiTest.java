package vn.luutru.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.common.ProblemAssert.refused;

/**
 * Hostile uploads are refused with a 400 naming what is wrong, in both languages, and
 * leave nothing behind: no intake, no process, nothing in the spool. The limits are set
 * low, so that each case stays small.
 */
@ApiTest
class IntakeHostileApiTest extends ApiTestSupport {

	@Autowired
	IntakeSettings settings;

	private Api clerk;

	@BeforeEach
	void clerk() {
		this.clerk = createUser(createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText(), "clerk");
	}

	@AfterEach
	void nothingKept() throws IOException {
		assertThat(this.admin.get("/engine-rest/process-instance/count?processDefinitionKey=record-intake")
			.json()
			.path("count")
			.asInt()).isZero();
		// The upload was spooled, then removed with its folder.
		assertThat(this.settings.spoolDir()).isDirectory();
		try (Stream<Path> left = Files.list(this.settings.spoolDir())) {
			assertThat(left).as("spool").isEmpty();
		}
	}

	private Api.Response upload(byte[] zip) {
		return this.clerk.multipart("/api/v1/intakes",
				Api.parts("file", Part.file("nhap.zip", "application/zip", zip)));
	}

	private static IntakeZips oneGoodRow() {
		return IntakeZips.current().row(IntakeZips.document("01.VP", 1));
	}

	@Test
	void refusesANestedArchive() {
		byte[] inner = IntakeZips.zip(Map.of("a.pdf", new byte[10]));
		Map<IntakeColumn, String> row = IntakeZips.document("01.VP", 1);
		row.put(IntakeColumn.CONTENT_FILE, "ho-so.zip");
		refused(upload(IntakeZips.current().row(row).entry("ho-so.zip", inner).zip()), 400, "file",
				"không được chứa tệp nén khác (ho-so.zip)", "must not hold another archive");
	}

	@Test
	void refusesAnArchiveDisguisedAsAPdf() {
		byte[] inner = IntakeZips.zip(Map.of("a.pdf", new byte[10]));
		refused(upload(oneGoodRow().entry("01.VP/1.pdf", inner).zip()), 400, "file",
				"không được chứa tệp nén khác (01.VP/1.pdf)", "must not hold another archive");
	}

	@Test
	void refusesAHighlyCompressedEntry() {
		byte[] zeros = new byte[900 * 1024];
		refused(upload(oneGoodRow().entry("01.VP/1.pdf", zeros).zip()), 400, "file", "tỷ lệ nén quá cao (trên 20 lần)",
				"compressed more than 20 times");
	}

	@Test
	void refusesMoreThanTheTotalUncompressedSize() {
		IntakeZips zips = IntakeZips.current();
		for (int n = 1; n <= 4; n++) {
			zips.row(IntakeZips.document("01.VP", n)).entry("01.VP/" + n + ".pdf", random(900 * 1024, n));
		}
		refused(upload(zips.zip()), 400, "file", "giải nén quá lớn (tối đa 3 MB)", "at most 3 MB");
	}

	@Test
	void refusesAnOverLargeEntry() {
		refused(upload(oneGoodRow().entry("01.VP/1.pdf", random(1100 * 1024, 1)).zip()), 400, "file",
				"Tệp 01.VP/1.pdf trong ZIP quá lớn (tối đa 1 MB", "too large (at most 1 MB");
	}

	@Test
	void refusesAnEntryNameClimbingOutOfItsFolder() {
		Map<IntakeColumn, String> row = IntakeZips.document("01.VP", 1);
		row.put(IntakeColumn.CONTENT_FILE, "../../etc/cron.d/x.pdf");
		refused(upload(IntakeZips.current().row(row).zip()), 400, "file", "Tên tệp trong ZIP không an toàn",
				"Unsafe entry name in the ZIP (../../etc/cron.d/x.pdf)");
	}

	@Test
	void refusesAnAbsoluteEntryName() {
		Map<IntakeColumn, String> row = IntakeZips.document("01.VP", 1);
		row.put(IntakeColumn.CONTENT_FILE, "/tmp/x.pdf");
		refused(upload(IntakeZips.current().row(row).zip()), 400, "file", "Tên tệp trong ZIP không an toàn",
				"Unsafe entry name in the ZIP (/tmp/x.pdf)");
	}

	@Test
	void refusesAnEntryNameWithNul() {
		refused(upload(oneGoodRow().entry("x.pdf\0.txt", new byte[10]).zip()), 400, "file",
				"Tên tệp trong ZIP không an toàn", "Unsafe entry name in the ZIP (x.pdf?.txt)");
	}

	@Test
	void refusesASheetListingAFileTheZipLacks() {
		refused(upload(oneGoodRow().without("01.VP/1.pdf").zip()), 400, "file",
				"Bảng kê ghi 1 tệp không có trong ZIP: 01.VP/1.pdf", "lists 1 files the ZIP lacks");
	}

	@Test
	void refusesAZipEntryTheSheetDoesNotList() {
		refused(upload(oneGoodRow().entry("thua.pdf", new byte[10]).zip()), 400, "file",
				"ZIP có 1 tệp không ghi trong bảng kê: thua.pdf", "1 files the sheet does not list");
	}

	@Test
	void refusesASheetWithMoreRowsThanTheLimit() {
		IntakeZips zips = IntakeZips.current();
		for (int n = 1; n <= 6; n++) {
			zips.row(IntakeZips.document("01.VP", n));
		}
		refused(upload(zips.zip()), 400, "file", "quá 5 dòng", "more than 5 document rows");
	}

	@Test
	void refusesAZipWithoutTheSheet() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("1.pdf", new byte[10]);
		refused(upload(IntakeZips.zip(entries)), 400, "file", "phải có bảng kê metadata.xlsx",
				"must hold the sheet metadata.xlsx");
	}

	@Test
	void refusesAnUploadThatIsNoZip() {
		refused(upload("không phải zip".getBytes()), 400, "file", "không phải tệp ZIP", "not a readable ZIP");
	}

	@Test
	void refusesASheetWithAnUnknownColumn() {
		refused(upload(IntakeZips.withHeader(java.util.List.of("Số và ký hiệu hồ sơ", "Cột lạ")).zip()), 400, "sheet",
				"Cột B có tiêu đề không nhận biết được: \"Cột lạ\"", "Column B has an unknown header");
	}

	private static byte[] random(int size, int seed) {
		byte[] bytes = new byte[size];
		new java.util.Random(seed).nextBytes(bytes);
		// Not an archive's signature, whatever the seed.
		Arrays.fill(bytes, 0, 4, (byte) '%');
		return bytes;
	}

}
