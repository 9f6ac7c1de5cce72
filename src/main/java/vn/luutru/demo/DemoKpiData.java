package vn.luutru.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.document.DocumentCapture;
import vn.luutru.document.DocumentMetadata;
import vn.luutru.file.OpenFileRequest;
import vn.luutru.file.RecordFileService;
import vn.luutru.security.UserPrincipals;
import vn.luutru.staff.StaffService;

/**
 * What the plan's indicators count in the demo: the agencies' archive staff, and paper
 * records of Sở Nội vụ digitised with the codes of their originals (beside the
 * born-digital documents of {@link DemoFiles}).
 */
@Component
@Profile("demo")
class DemoKpiData {

	private static final String SNV = "Sở Nội vụ tỉnh Sơn La";

	private final AgencyDirectory agencies;

	private final StaffService staff;

	private final RecordFileService files;

	private final DocumentCapture capture;

	private final UserPrincipals principals;

	private final DemoSteps steps;

	DemoKpiData(AgencyDirectory agencies, StaffService staff, RecordFileService files, DocumentCapture capture,
			UserPrincipals principals, DemoSteps steps) {
		this.steps = steps;
		this.agencies = agencies;
		this.staff = staff;
		this.files = files;
		this.capture = capture;
		this.principals = principals;
	}

	void load() {
		UserPrincipals.runAs(UserPrincipals.system(), () -> {
			for (int i = 0; i < DemoStaff.ALL.size(); i++) {
				DemoStaff.Member m = DemoStaff.ALL.get(i);
				this.steps.once("staff:" + i, () -> {
					this.staff.add(this.agencies.findByCode(m.agencyCode()).orElseThrow().id(), m.request());
				});
			}
			return null;
		});
		UserPrincipals.runAs(this.principals.load("vanthu"), () -> {
			long file = this.steps
				.once("kpi-file",
						() -> this.files.open(new OpenFileRequest(null, 2026, "09.LT",
								"Tập văn bản giấy về công tác lưu trữ năm 2026 đã số hóa", null, "06", null, "01", "01",
								null, null, null, null, LocalDate.of(2026, 2, 3), "02", "01", "SNV.K1-G03-H07.0012"))
							.id());
			digitised(file, "41", "SNV-VTLT", LocalDate.of(2026, 2, 3), "V/v rà soát tài liệu giấy cần số hóa năm 2026",
					"SNV.K1-G03-H07.0012.01");
			digitised(file, "58", "SNV-VTLT", LocalDate.of(2026, 3, 16),
					"V/v bàn giao tài liệu giấy sau số hóa về kho lưu trữ", "SNV.K1-G03-H07.0012.02");
			return null;
		});
	}

	private void digitised(long fileId, String number, String notation, LocalDate issued, String subject,
			String paperCode) {
		DocumentMetadata metadata = new DocumentMetadata(null, "22", number, notation, issued, SNV, subject, "01", 1,
				null, null, null, null, "02", null, "01", null, null, null, null, paperCode);
		this.steps.once("kpi-doc:" + number + "-" + notation, () -> {
			try (InputStream in = new ClassPathResource("demo/quyet-dinh.pdf").getInputStream()) {
				this.capture.capture(fileId, metadata, number + "-" + notation + ".pdf", "application/pdf", in);
			}
			catch (IOException ex) {
				throw new IllegalStateException("demo sample quyet-dinh.pdf", ex);
			}
		});
	}

}
