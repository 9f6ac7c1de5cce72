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
import vn.luutru.file.RecordFileService;
import vn.luutru.schedule.FilePlanItemRequest;
import vn.luutru.schedule.FilePlanService;
import vn.luutru.security.UserPrincipals;
import vn.luutru.security.UserRequest;
import vn.luutru.security.UserService;

/**
 * Fills an empty database with Sơn La agencies, one login per role and a few record files
 * with documents, so that a newcomer sees real-looking work at first start. Demo profile
 * only. Step by step ({@link DemoSteps}): a start killed during the load leaves it for
 * the next start to finish. Does nothing to a database whose agencies came otherwise.
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

	private final DemoReaders readers;

	private final DemoSteps steps;

	DemoDataLoader(AgencyDirectory agencies, AgencyService agencyService, UserService users, UserPrincipals principals,
			RecordFileService files, DocumentCapture capture, FilePlanService plans, DemoKpiData kpiData,
			DemoReaders readers, DemoSteps steps) {
		this.steps = steps;
		this.readers = readers;
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
		load();
	}

	/**
	 * Loads the demo into an empty database, or finishes a load a killed start left half
	 * done; leaves a database with agencies of its own alone.
	 */
	void load() {
		if (this.steps.done(DemoSteps.COMPLETE) || (!this.steps.begun() && !this.agencies.findAll().isEmpty())) {
			return;
		}
		log.info(this.steps.begun() ? "Tiếp tục tạo dữ liệu mẫu / Resuming the demo load"
				: "Tạo dữ liệu mẫu / Loading demo data");
		UserPrincipals.runAs(UserPrincipals.system(), () -> {
			this.steps.once("groups", this.users::ensureGroups);
			for (AgencyRequest agency : DemoAgencies.ALL) {
				this.steps.once("agency:" + agency.code(), () -> this.agencyService.create(agency).id());
			}
			for (String[] u : DemoAccounts.USERS) {
				this.steps.once("user:" + u[0], () -> {
					this.users.create(new UserRequest(u[0], u[1], u[2], u[0] + "@sonla.gov.vn", DemoAccounts.PASSWORD,
							u[3], List.of(u[4])));
				});
			}
			return null;
		});
		for (DemoFile demo : DemoFiles.ALL) {
			UserPrincipals.runAs(this.principals.load(demo.clerk()), () -> load(demo));
		}
		UserPrincipals.runAs(this.principals.load("vanthu"), () -> {
			for (String[] p : DemoFiles.PLANNED_2026) {
				this.steps.once("plan:2026:" + p[0],
						() -> this.plans.create(new FilePlanItemRequest(null, 2026, p[0], p[1], p[2], p[3], null, null))
							.id());
			}
			return null;
		});
		this.kpiData.load();
		this.readers.load();
		this.steps.once(DemoSteps.COMPLETE, () -> {
		});
		log.info("Dữ liệu mẫu đã sẵn sàng / Demo data loaded: {} agencies, {} users, {} readers, {} files",
				DemoAgencies.ALL.size(), DemoAccounts.USERS.size(), DemoReaders.READERS.size(), DemoFiles.ALL.size());
	}

	@EventListener(ApplicationReadyEvent.class)
	void printLogins() {
		StringBuilder sb = new StringBuilder("\n  Tài khoản mẫu / demo logins (profile demo):\n");
		DemoAccounts.describe().forEach((line) -> sb.append(line).append('\n'));
		DemoReaders.READERS.forEach((r) -> sb.append(String.format("  %-11s / %s  (reader, %s)", r[0],
				DemoAccounts.PASSWORD, r[0].equals(DemoReaders.APPROVED) ? "approved" : "pending"))
			.append('\n'));
		log.info(sb.toString());
	}

	private Void load(DemoFile demo) {
		String key = "file:" + demo.year() + ":" + demo.notation();
		Long planItemId = null;
		if (demo.ruleCode() != null) {
			planItemId = this.steps.once(key + ":plan",
					() -> this.plans
						.create(new FilePlanItemRequest(null, demo.year(), demo.notation(), demo.heading(),
								demo.title(), demo.ruleCode(), null, null))
						.id());
		}
		Long plan = planItemId;
		long fileId = this.steps.once(key + ":open", () -> this.files
			.open(new OpenFileRequest(plan, demo.year(), demo.notation(), demo.title(), null, demo.maintenanceCode(),
					null, "01", "01", null, null, null, null, demo.startDate(), "01", "01", null))
			.id());
		for (DemoFile.DemoDocument d : demo.documents()) {
			DocumentMetadata metadata = new DocumentMetadata(null, d.typeName(), d.codeNumber(), d.codeNotation(),
					d.issuedDate(), d.organName(), d.subject(), "01", d.pages(), null, null, null, null, "01", null,
					"01", null, null, null, null, null);
			this.steps.once(key + ":doc:" + d.codeNumber() + "-" + d.codeNotation(), () -> {
				try (InputStream in = new ClassPathResource("demo/" + d.sample()).getInputStream()) {
					return this.capture
						.capture(fileId, metadata, d.codeNumber() + "-" + d.codeNotation() + ".pdf", "application/pdf",
								in)
						.document()
						.id();
				}
				catch (IOException ex) {
					throw new IllegalStateException("demo sample " + d.sample(), ex);
				}
			});
		}
		if (demo.close()) {
			this.steps.once(key + ":close", () -> {
				this.files.close(fileId, new CloseFileRequest(null));
			});
		}
		return null;
	}

}
