package vn.luutru.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.content.SamplePdfs;
import vn.luutru.document.DocumentQueries;
import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.ClerkWork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search through HTTP as users do it: Vietnamese with or without diacritics, composed or
 * decomposed, đ/Đ, phrases and beginnings of words, text inside a PDF, other agencies'
 * files never found, saved searches private, exports that open. Run on H2 and on MariaDB.
 */
abstract class SearchScenarios extends ApiTestSupport {

	@Autowired
	DocumentQueries documents;

	@Autowired
	SearchMapper searchMapper;

	@Autowired
	vn.luutru.agency.AgencyDirectory agencies;

	String code;

	Api clerk;

	/** A word no other test's file holds, so each test sees only its own files. */
	String mark;

	@BeforeEach
	void agencyWithClerk() {
		this.code = createAgency("Sở Giao thông Vận tải tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(this.code, "clerk");
		this.mark = "dấu" + this.code.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	long file(String notation, String title) {
		long id = ClerkWork.openFile(this.clerk, notation, title + " " + this.mark);
		assertThat(id).isPositive();
		return id;
	}

	void index() {
		Api.Response r = this.admin.post("/api/v1/search/index?chunks=1000", Map.of());
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().path("filesWaiting").asLong()).as(r.toString()).isZero();
	}

	static List<String> titles(Api user, String query) {
		Api.Response r = user
			.get("/api/v1/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		r.json().path("items").forEach((i) -> titles.add(i.path("title").asText()));
		return titles;
	}

	List<String> find(String query) {
		return titles(this.clerk, query + " " + this.mark);
	}

	@Test
	void findsVietnameseWithOrWithoutDiacriticsComposedOrDecomposed() {
		file("01.GT", "Hồ sơ đền bù giải phóng mặt bằng Quốc lộ 6");
		file("02.GT", "Hồ sơ nâng cấp tỉnh lộ 108");
		index();

		String nfd = Normalizer.normalize("giải phóng", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("giải phóng");
		for (String q : List.of("giải phóng", nfd, "giai phong", "GIẢI PHÓNG", "Giai Phong", "quốc lộ")) {
			assertThat(find(q)).as(q).hasSize(1).first().asString().startsWith("Hồ sơ đền bù");
		}
		assertThat(find("hồ sơ")).as("both files").hasSize(2);
		assertThat(find("ho so lo")).as("every word must occur").hasSize(2);
		assertThat(find("giải phóng nâng")).as("no file has both").isEmpty();
	}

	@Test
	void dWithStrokeMatchesPlainD() {
		file("01.GT", "Hồ sơ Đường Điện Biên Phủ");
		file("02.GT", "Hồ sơ cầu Pá Uôn");
		index();

		assertThat(find("duong dien bien")).hasSize(1).first().asString().contains("Đường Điện Biên");
		assertThat(find("ĐƯỜNG")).hasSize(1);
		assertThat(find("đường")).hasSize(1);
		assertThat(find("DUONG")).hasSize(1);
	}

	@Test
	void phrasesKeepTheirWordsTogetherAndPrefixesMatchBeginnings() {
		file("01.GT", "Báo cáo tổng kết công tác năm 2024");
		file("02.GT", "Công tác tổng kết và báo cáo");
		index();

		assertThat(find("tổng kết công tác")).as("words anywhere").hasSize(2);
		assertThat(find("\"tổng kết công tác\"")).as("the phrase")
			.hasSize(1)
			.first()
			.asString()
			.startsWith("Báo cáo tổng kết");
		assertThat(find("\"tong ket cong tac\"")).as("the phrase without diacritics").hasSize(1);
		assertThat(find("\"công tác tổng\"")).hasSize(1).first().asString().startsWith("Công tác tổng kết");
		assertThat(find("tổn*")).as("beginning of tổng").hasSize(2);
		assertThat(find("tổng kế*")).hasSize(2);
		assertThat(find("bao ca*")).hasSize(2);
		assertThat(find("nam*")).as("năm only in the first").hasSize(1);
		assertThat(find("tổngx*")).isEmpty();
	}

	@Test
	void phrasesOfCommonWordsAreFoundThroughTheirPairsAndStayExact() {
		file("01.GT", "Kế hoạch công tác tháng, tổng hợp tình hình");
		file("02.GT", "Công việc và tác phong, tổng kết tình hình");
		file("03.GT", "Công tác tổng hợp, tổng kết năm");
		index();

		assertThat(find("\"công tác\"")).as("the two words next to each other")
			.hasSize(2)
			.allMatch((t) -> t.toLowerCase(java.util.Locale.ROOT).contains("công tác"));
		assertThat(find("\"cong viec\"")).hasSize(1).first().asString().startsWith("Công việc");
		assertThat(find("\"việc công\"")).as("the pair in the other order").isEmpty();
		assertThat(find("\"tác tổng kết\"")).as("both pairs occur, the three words together do not").isEmpty();
		assertThat(find("\"tác tổng hợp\"")).hasSize(1).first().asString().startsWith("Công tác tổng hợp");

		// A phrase alone, ending on this test's mark: it starts from its pair, the
		// rarest, and the total is that pair's count.
		Api.Response pair = this.clerk.get("/api/v1/search?q=" + java.net.URLEncoder
			.encode("\"Tình hình " + this.mark + "\"", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(pair.status()).as(pair.toString()).isEqualTo(200);
		assertThat(pair.json().path("total").asLong()).isEqualTo(2);
		assertThat(pair.json().path("items")).hasSize(2);
		Api.Response nam = this.clerk.get("/api/v1/search?q="
				+ java.net.URLEncoder.encode("\"NĂM " + this.mark + "\"", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(nam.json().path("total").asLong()).isEqualTo(1);
		assertThat(nam.json().path("items").get(0).path("title").asText()).startsWith("Công tác tổng hợp");
	}

	@Test
	void phrasesOfADocumentsTextAreFoundThroughItsPairs() {
		long id = file("01.GT", "Hồ sơ công trình đê");
		Api.Response doc = ClerkWork.capturePdf(this.clerk, id, "Sở Giao thông Vận tải", "Công văn", "2026-01-05",
				"bien-ban.pdf", SamplePdfs.plainPdf("Biên bản nghiệm thu kỹ thuật", 1));
		assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
		index();

		assertThat(find("\"nghiệm thu\"")).hasSize(1);
		assertThat(find("\"bien ban nghiem thu\"")).hasSize(1);
		assertThat(find("\"thuật biên\"")).as("nothing follows the last word of the text").isEmpty();
	}

	@Test
	void findsTextInsideAPdfOnceIndexed() {
		long id = file("01.GT", "Hồ sơ công trình cầu");
		Api.Response doc = ClerkWork.capturePdf(this.clerk, id, "Sở Giao thông Vận tải", "Công văn", "2026-01-05",
				"bien-ban.pdf", SamplePdfs.plainPdf("Biên bản nghiệm thu kỹ thuật", 1));
		assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
		JsonNode progress = this.admin.get("/api/v1/search/index").json();
		assertThat(progress.path("documentsWaiting").asLong()).as("waits for the indexer").isPositive();
		assertThat(find("nghiệm thu")).as("not indexed yet").isEmpty();

		index();

		assertThat(find("nghiem thu ky thuat")).hasSize(1).first().asString().startsWith("Hồ sơ công trình cầu");
		assertThat(find("\"biên bản nghiệm thu\"")).hasSize(1);
		JsonNode done = this.admin.get("/api/v1/search/index").json();
		assertThat(done.path("documentsWaiting").asLong()).isZero();
		assertThat(done.path("filesWaiting").asLong()).isZero();
	}

	@Test
	void theTextOfErasedContentIsNoLongerFoundButTheMetadataIs() {
		long id = file("02.GT", "Hồ sơ hủy tài liệu");
		Api.Response doc = ClerkWork.capturePdf(this.clerk, id, "Sở Giao thông Vận tải", "Công văn đề nghị",
				"2026-01-05", "de-nghi.pdf", SamplePdfs.plainPdf("Phương án giải phóng mặt bằng", 1));
		assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
		index();
		assertThat(find("giai phong mat bang")).hasSize(1);

		// What the destruction's erasure step does to a file whose destruction was
		// decided.
		this.documents.eraseContent(id);
		index();

		assertThat(find("giai phong mat bang")).as("the erased content's words").isEmpty();
		assertThat(find("cong van de nghi")).as("the document's metadata is kept, and found").hasSize(1);
	}

	@Test
	void anotherAgencysFilesAreNeverFoundEvenByTheirOwnWords() {
		file("01.GT", "Hồ sơ mở rộng đường tỉnh");
		String other = createAgency("Sở Y tế tỉnh Sơn La", false).path("code").asText();
		Api otherClerk = createUser(other, "clerk");
		long secret = ClerkWork.openFile(otherClerk, "01.YT", "Hồ sơ dịch bệnh bímậtyte " + this.mark);
		ClerkWork.capturePdf(otherClerk, secret, "Sở Y tế", "Công văn", "2026-01-05", "yt.pdf",
				SamplePdfs.plainPdf("Danh sách bệnh nhân khẩnyte", 1));
		index();

		assertThat(find("bímậtyte")).as("a word only the other agency's title holds").isEmpty();
		assertThat(find("khẩnyte")).as("a word only the other agency's PDF holds").isEmpty();
		assertThat(titles(this.clerk, "hồ sơ " + this.mark)).as("only the own file").hasSize(1);
		Api.Response filtered = this.clerk.get("/api/v1/search?q=" + this.mark + "&agencyCode=" + other);
		assertThat(filtered.status()).isEqualTo(200);
		assertThat(filtered.json().path("items")).as("asking for the other agency").isEmpty();
		assertThat(titles(otherClerk, "khẩnyte")).hasSize(1);

		Api manager = createUser(this.code, "manager");
		assertThat(titles(manager, "hồ sơ " + this.mark)).as("a manager sees every agency").hasSize(2);
		Api.Response mine = manager.get("/api/v1/search?q=" + this.mark + "&agencyCode=" + this.code);
		assertThat(mine.json().path("total").asLong()).isEqualTo(1);
		Api.Response onePerPage = manager.get("/api/v1/search?q=" + this.mark + "&size=1");
		assertThat(onePerPage.json().path("items")).hasSize(1);
		assertThat(onePerPage.json().path("total").asLong()).as("one word: its count in the index").isEqualTo(2);
	}

	@Test
	void oneAgencysFilesReadNewestFirstGiveThePageAndCountTheDatabasesPlanGives() {
		List<Long> own = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			own.add(file("0" + i + ".GT", "Hồ sơ cầu số " + i + " thanhtra"));
		}
		String other = createAgency("Sở Tài chính tỉnh Sơn La", false).path("code").asText();
		Api otherClerk = createUser(other, "clerk");
		for (int i = 1; i <= 3; i++) {
			ClerkWork.openFile(otherClerk, "0" + i + ".TC", "Hồ sơ ngân sách " + i + " thanhtra " + this.mark);
		}
		index();
		long agencyId = this.agencies.findByCode(this.code).orElseThrow().id();
		List<Long> newest = new ArrayList<>(own);
		java.util.Collections.reverse(newest);
		// An officer's list of a common word, a common beginning and a phrase, in the
		// default
		// order (SearchService plans them so from 20,000 files for the word).
		SearchPlan word = new SearchPlan(agencyId, Folding.fold(this.mark), false, false, List.of(), List.of(),
				List.of(), List.of(), null, null, null, null, null, null, "d.file_id desc", 50_000, false, 0, 3, false,
				null);
		SearchPlan prefix = new SearchPlan(agencyId, "thanhtr%", true, false, List.of(Folding.fold(this.mark)),
				List.of(), List.of(), List.of(), null, null, null, null, null, null, "f.id desc", 50_000, false, 0, 3,
				false, null);
		SearchPlan phrase = new SearchPlan(agencyId, "so cau", false, true, List.of(Folding.fold(this.mark)),
				List.of("ho so"), List.of(), List.of("% ho so cau %"), null, null, null, null, null, null,
				"d.file_id desc", 50_000, false, 0, 3, false, null);
		for (SearchPlan plan : List.of(word, prefix, phrase)) {
			assertThat(plan.oneAgencysCommonWords()).isTrue();
			assertThat(this.searchMapper.count(plan.checkedFileByFile().page(0, 100)))
				.isEqualTo(this.searchMapper.count(plan.page(0, 100)))
				.isEqualTo(this.searchMapper.count(plan.page(0, 100).only(SearchPlan.VisiblePart.OWN)))
				.isEqualTo(5);
			assertThat(this.searchMapper.count(plan.page(0, 100).only(SearchPlan.VisiblePart.CUSTODY)))
				.as("none of another agency's files is in this one's custody")
				.isZero();
			for (long offset : new long[] { 0, 3 }) {
				List<Long> planned = ids(plan.page(offset, 3));
				assertThat(ids(plan.page(offset, 3).newestFilesFirst())).as("page at " + offset).isEqualTo(planned);
				assertThat(planned).isEqualTo(newest.subList((int) offset, Math.min(5, (int) offset + 3)));
			}
		}
	}

	private List<Long> ids(SearchPlan plan) {
		return this.searchMapper.search(plan).stream().map(SearchHit::id).toList();
	}

	@Test
	void filtersSortAndPagesNarrowTheResults() {
		file("01.GT", "Hồ sơ A cầu treo");
		file("02.GT", "Hồ sơ B cầu treo");
		file("03.GT", "Hồ sơ C cầu treo");
		index();

		Api.Response page = this.clerk.get("/api/v1/search?q=cau+treo+" + this.mark + "&sort=TITLE&size=2&page=1");
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.json().path("total").asLong()).isEqualTo(3);
		assertThat(page.json().path("items").get(0).path("title").asText()).startsWith("Hồ sơ C");
		Api.Response year = this.clerk.get("/api/v1/search?q=" + this.mark + "&year=2019");
		assertThat(year.json().path("items")).isEmpty();
		Api.Response open = this.clerk.get("/api/v1/search?q=" + this.mark + "&status=OPEN&maintenanceCode=06"
				+ "&accessMode=01&agencyCode=" + this.code);
		assertThat(open.json().path("total").asLong()).as(open.toString()).isEqualTo(3);
		Api.Response typed = this.clerk.get("/api/v1/search?q=" + this.mark + "&documentType=22");
		assertThat(typed.json().path("items")).as("no file holds a document yet").isEmpty();
	}

	@Test
	void theSearchPageListsWhatTheApiFindsWithTitlesEscaped() {
		file("01.GT", "Hồ sơ <script>alert('x')</script> cầu");
		index();

		Api.Response page = this.clerk.get("/search?q=" + this.mark);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Tìm kiếm hồ sơ", "Tổng số: 1 hồ sơ", "&lt;script&gt;alert(")
			.doesNotContain("<script>alert(")
			.contains("/api/v1/search/export?format=pdf&amp;q="
					+ java.net.URLEncoder.encode(this.mark, java.nio.charset.StandardCharsets.UTF_8));
		Api.Response bad = this.clerk.get("/search?q=x&year=1800");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).contains("Năm phải từ 1900 đến 2200");
	}

	@Test
	void badFiltersAreRefusedFieldByField() {
		Api.Response r = this.clerk.get("/api/v1/search?q=x&year=1800&sort=RANDOM&status=GONE&accessMode=09"
				+ "&documentType=99&maintenanceCode=42&agencyCode=KHONGCO");
		assertThat(r.status()).as(r.toString()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactlyInAnyOrder("year", "sort", "status", "accessMode", "documentType",
				"maintenanceCode", "agencyCode");
		assertThat(r.text()).contains("Năm phải từ 1900 đến 2200");
		Api.Response format = this.clerk.get("/api/v1/search/export?format=exe&q=x");
		assertThat(format.status()).isEqualTo(400);
		assertThat(format.errorFields()).containsExactly("format");
		Api.Response index = this.clerk.post("/api/v1/search/index", Map.of());
		assertThat(index.status()).as("only administrators index on demand").isEqualTo(403);
		assertThat(this.clerk.get("/api/v1/search/index").status())
			.as("the province's indexing figures are for administrators and managers")
			.isEqualTo(403);
	}

	@Test
	void savedSearchesBelongToTheirOwnerOnly() {
		file("01.GT", "Hồ sơ bến xe khách");
		index();
		Api.Response saved = this.clerk.post("/api/v1/search/saved",
				Map.of("name", "Bến xe của tôi", "q", "ben xe " + this.mark, "sort", "TITLE"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
		long id = saved.json().path("id").asLong();
		assertThat(this.clerk.get("/api/v1/search/saved").json()).hasSize(1);
		JsonNode run = this.clerk.get("/api/v1/search/saved/" + id + "/results").json();
		assertThat(run.path("items").get(0).path("title").asText()).startsWith("Hồ sơ bến xe khách");

		Api colleague = createUser(this.code, "clerk");
		assertThat(colleague.get("/api/v1/search/saved").json()).as("not listed to others").isEmpty();
		assertThat(colleague.get("/api/v1/search/saved/" + id).status()).isEqualTo(404);
		assertThat(colleague.get("/api/v1/search/saved/" + id + "/results").status()).isEqualTo(404);
		assertThat(colleague.put("/api/v1/search/saved/" + id, Map.of("name", "của tôi")).status()).isEqualTo(404);
		assertThat(colleague.delete("/api/v1/search/saved/" + id).status()).isEqualTo(404);

		Api.Response renamed = this.clerk.put("/api/v1/search/saved/" + id, Map.of("name", "Bến xe", "q", "bến"));
		assertThat(renamed.json().path("name").asText()).isEqualTo("Bến xe");
		assertThat(this.clerk.post("/api/v1/search/saved", Map.of("q", "x")).errorFields()).containsExactly("name");
		assertThat(this.clerk.delete("/api/v1/search/saved/" + id).status()).isEqualTo(204);
		assertThat(this.clerk.get("/api/v1/search/saved/" + id).status()).isEqualTo(404);
	}

	@Test
	void resultsExportToSpreadsheetWordAndPdfWithWhoPrintedThem() throws IOException {
		file("01.GT", "Hồ sơ bảo trì đường bộ");
		index();
		String q = "/api/v1/search/export?q=bao+tri+" + this.mark + "&format=";

		Api.Response xlsx = this.clerk.get(q + "xlsx");
		assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<String> cells = new ArrayList<>();
			book.getSheetAt(0).forEach((row) -> row.forEach((cell) -> cells.add(cell.toString())));
			assertThat(cells).contains("KẾT QUẢ TÌM KIẾM HỒ SƠ", "Hồ sơ bảo trì đường bộ " + this.mark);
			assertThat(book.getSheetAt(0).getFooter().getLeft()).contains("In bởi", "Printed by");
		}

		Api.Response docx = this.clerk.get(q + "docx");
		assertThat(docx.status()).isEqualTo(200);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("KẾT QUẢ TÌM KIẾM HỒ SƠ", "Hồ sơ bảo trì đường bộ");
			assertThat(doc.getFooterList()).isNotEmpty();
			assertThat(doc.getFooterList().get(0).getText()).contains("In bởi", "Printed by");
		}

		Api.Response pdf = this.clerk.get(q + "pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("KẾT QUẢ TÌM KIẾM HỒ SƠ", "Hồ sơ bảo trì đường bộ", "In bởi", "Printed by");
		}
	}

}
