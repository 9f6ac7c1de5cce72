package vn.luutru.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.luutru.access.AccessRequests;
import vn.luutru.access.AskRequest;
import vn.luutru.access.ReaderRegistration;
import vn.luutru.access.RegistrationRequest;
import vn.luutru.document.DocumentCapture;
import vn.luutru.document.DocumentMetadata;
import vn.luutru.file.FileHistory;
import vn.luutru.file.FileIntake;
import vn.luutru.file.FileStatus;
import vn.luutru.file.OpenFileRequest;
import vn.luutru.file.RecordFileService;
import vn.luutru.security.UserPrincipals;

/**
 * The reader side of the demo: a public file of Sở Nội vụ already deposited in its
 * archive (brought in as a legacy file), a reader the historical archive approved who was
 * granted that file, and a reader still waiting for approval. Each through the services a
 * real reader and archive use, step by step ({@link DemoSteps}).
 */
@Component
@Profile("demo")
class DemoReaders {

	/** userId, full name, identity number, birth date, organisation. */
	static final List<String[]> READERS = List.of(
			new String[] { "docgia", "Lường Thị Thu Hà", "014190000123", "1991-08-14", "Trường Đại học Tây Bắc" },
			new String[] { "docgia.cho", "Bạc Cầm Dũng", "014088000456", "1988-02-23",
					"Hội Khoa học Lịch sử tỉnh Sơn La" });

	static final String APPROVED = "docgia";

	static final String PENDING = "docgia.cho";

	private static final String SNV = "Sở Nội vụ tỉnh Sơn La";

	private final RecordFileService files;

	private final DocumentCapture capture;

	private final FileIntake intake;

	private final ReaderRegistration registration;

	private final AccessRequests requests;

	private final UserPrincipals principals;

	private final DemoSteps steps;

	DemoReaders(RecordFileService files, DocumentCapture capture, FileIntake intake, ReaderRegistration registration,
			AccessRequests requests, UserPrincipals principals, DemoSteps steps) {
		this.files = files;
		this.capture = capture;
		this.intake = intake;
		this.registration = registration;
		this.requests = requests;
		this.principals = principals;
		this.steps = steps;
	}

	void load() {
		String fileCode = UserPrincipals.runAs(this.principals.load("vanthu"), this::depositedFile);
		for (String[] r : READERS) {
			this.steps.once("reader:" + r[0], () -> {
				this.registration.register(new RegistrationRequest(r[0], DemoAccounts.PASSWORD, r[1],
						LocalDate.parse(r[3]), r[2], "Việt Nam", "Tổ 3, phường Tô Hiệu, tỉnh Sơn La",
						"0912000" + r[2].substring(9), r[0] + "@example.vn", r[4]));
			});
		}
		UserPrincipals.runAs(this.principals.load("lichsu"), () -> {
			this.steps.once("reader-approved:" + APPROVED, () -> {
				this.registration.decide(APPROVED, "APPROVE", null);
			});
			return null;
		});
		UserPrincipals.runAs(this.principals.load(APPROVED),
				() -> this.steps.once("access-request:" + APPROVED,
						() -> this.requests
							.ask(new AskRequest(List.of(fileCode), "01",
									"Nghiên cứu lịch sử công tác văn thư, lưu trữ tỉnh Sơn La giai đoạn 2024-2025"))
							.request()
							.id()));
	}

	/** A public permanent file of 2024, closed and deposited in Sở Nội vụ's archive. */
	private String depositedFile() {
		long fileId = this.steps.once("reader-file:open", () -> this.files
			.open(new OpenFileRequest(null, 2024, "03.LT", "Tập văn bản về công tác văn thư, lưu trữ năm 2024", null,
					"01", null, "01", "01", null, null, null, null, LocalDate.of(2024, 1, 8), "01", "01", null))
			.id());
		DocumentMetadata metadata = new DocumentMetadata(null, "22", "15", "SNV-VTLT", LocalDate.of(2024, 3, 12), SNV,
				"V/v hướng dẫn lập hồ sơ và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan năm 2024", "01", 1, null, null,
				null, null, "01", null, "01", null, null, null, null, null);
		this.steps.once("reader-file:doc", () -> {
			try (InputStream in = new ClassPathResource("demo/bao-cao.pdf").getInputStream()) {
				return this.capture.capture(fileId, metadata, "15-SNV-VTLT.pdf", "application/pdf", in).document().id();
			}
			catch (IOException ex) {
				throw new IllegalStateException("demo sample bao-cao.pdf", ex);
			}
		});
		this.steps.once("reader-file:deposit", () -> {
			this.intake.applyHistory(fileId,
					new FileHistory(FileStatus.DEPOSITED, LocalDate.of(2024, 12, 20), LocalDate.of(2025, 6, 10)));
		});
		return this.files.get(fileId).fileCode();
	}

}
