package vn.luutru.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.agency.AgencyRequest;
import vn.luutru.agency.AgencyService;
import vn.luutru.document.DocumentCapture;
import vn.luutru.document.DocumentMetadata;
import vn.luutru.file.CloseFileRequest;
import vn.luutru.file.OpenFileRequest;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileService;
import vn.luutru.schedule.FilePlanItemRequest;
import vn.luutru.schedule.FilePlanService;
import vn.luutru.security.UserPrincipals;
import vn.luutru.security.UserRequest;
import vn.luutru.security.UserService;

/**
 * Fills an empty database with Sơn La agencies, one login per role and a few record files
 * with documents, so that a newcomer sees real-looking work at first start. Demo profile
 * only; does nothing once agencies exist.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final AgencyDirectory agencies;

	private final AgencyService agencyService;

	private final UserService users;

	private final UserPrincipals principals;

	private final RecordFileService files;

	private final DocumentCapture capture;

	private final FilePlanService plans;

	private final DemoKpiData kpiData;

	DemoDataLoader(AgencyDirectory agencies, AgencyService agencyService, UserService users, UserPrincipals principals,
			RecordFileService files, DocumentCapture capture, FilePlanService plans, DemoKpiData kpiData) {
		this.plans = plans;
		this.kpiData = kpiData;
		this.agencies = agencies;
		this.agencyService = agencyService;
		this.users = users;
		this.principals = principals;
		this.files = files;
		this.capture = capture;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.agencies.findAll().isEmpty()) {
			return;
		}
		log.info("Tạo dữ liệu mẫu / Loading demo data");
		UserPrincipals.runAs(UserPrincipals.system(), () -> {
			this.users.ensureGroups();
			for (AgencyRequest agency : DemoAgencies.ALL) {
				this.agencyService.create(agency);
			}
			for (String[] u : DemoAccounts.USERS) {
				this.users.create(new UserRequest(u[0], u[1], u[2], u[0] + "@sonla.gov.vn", DemoAccounts.PASSWORD, u[3],
						List.of(u[4])));
			}
			return null;
		});
		for (DemoFile demo : DemoFiles.ALL) {
			UserPrincipals.runAs(this.principals.load(demo.clerk()), () -> load(demo));
		}
		UserPrincipals.runAs(this.principals.load("vanthu"), () -> {
			for (String[] p : DemoFiles.PLANNED_2026) {
				this.plans.create(new FilePlanItemRequest(null, 2026, p[0], p[1], p[2], p[3], null, null));
			}
			return null;
		});
		this.kpiData.load();
		log.info("Dữ liệu mẫu đã sẵn sàng / Demo data loaded: {} agencies, {} users, {} files", DemoAgencies.ALL.size(),
				DemoAccounts.USERS.size(), DemoFiles.ALL.size());
	}

	@EventListener(ApplicationReadyEvent.class)
	void printLogins() {
		StringBuilder sb = new StringBuilder("\n  Tài khoản mẫu / demo logins (profile demo):\n");
		DemoAccounts.describe().forEach((line) -> sb.append(line).append('\n'));
		log.info(sb.toString());
	}

	private RecordFile load(DemoFile demo) {
		Long planItemId = null;
		if (demo.ruleCode() != null) {
			planItemId = this.plans
				.create(new FilePlanItemRequest(null, demo.year(), demo.notation(), demo.heading(), demo.title(),
						demo.ruleCode(), null, null))
				.id();
		}
		RecordFile file = this.files.open(new OpenFileRequest(planItemId, demo.year(), demo.notation(), demo.title(),
				null, demo.maintenanceCode(), null, "01", "01", null, null, null, null, demo.startDate(), "01", "01",
				null));
		for (DemoFile.DemoDocument d : demo.documents()) {
			DocumentMetadata metadata = new DocumentMetadata(null, d.typeName(), d.codeNumber(), d.codeNotation(),
					d.issuedDate(), d.organName(), d.subject(), "01", d.pages(), null, null, null, null, "01", null,
					"01", null, null, null, null, null);
			try (InputStream in = new ClassPathResource("demo/" + d.sample()).getInputStream()) {
				this.capture.capture(file.id(), metadata, d.codeNumber() + "-" + d.codeNotation() + ".pdf",
						"application/pdf", in);
			}
			catch (IOException ex) {
				throw new IllegalStateException("demo sample " + d.sample(), ex);
			}
		}
		return demo.close() ? this.files.close(file.id(), new CloseFileRequest(null)) : file;
	}

}
