package vn.luutru.demo;

import java.time.Clock;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.access.AccessRequests;
import vn.luutru.access.ReaderRegistration;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.agency.AgencyService;
import vn.luutru.document.DocumentCapture;
import vn.luutru.file.FileIntake;
import vn.luutru.file.RecordFileService;
import vn.luutru.schedule.FilePlanService;
import vn.luutru.security.UserPrincipals;
import vn.luutru.security.UserService;
import vn.luutru.staff.StaffService;
import vn.luutru.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A demo load stopped half way (inside a step, after its work and before its commit, as a
 * kill would stop it) twice, then started again: the demo is complete, nothing in it made
 * twice; a further start changes nothing.
 */
@ApiTest
@Tag("isolated")
@TestPropertySource(properties = "luutru.test.context=demo-load")
class DemoLoadResumedApiTest {

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	AgencyService agencyService;

	@Autowired
	UserService users;

	@Autowired
	UserPrincipals principals;

	@Autowired
	RecordFileService files;

	@Autowired
	DocumentCapture capture;

	@Autowired
	FilePlanService plans;

	@Autowired
	StaffService staff;

	@Autowired
	FileIntake intake;

	@Autowired
	ReaderRegistration registration;

	@Autowired
	AccessRequests requests;

	@Autowired
	DemoStepMapper mapper;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLoadStoppedHalfWayIsFinishedByTheNextStart() {
		DemoDataLoader stoppedAtSecondUser = loader(new StoppingSteps("user:" + DemoAccounts.USERS.get(1)[0]));
		assertThatThrownBy(stoppedAtSecondUser::load).hasMessageContaining("stopped");
		assertThat(count("lt_agency")).isEqualTo(DemoAgencies.ALL.size());
		assertThat(demoUsers()).isEqualTo(1);

		DemoDataLoader stoppedAtThirdDocument = loader(new StoppingSteps("file:2025:12.LT:doc:102-TTr-SNV"));
		assertThatThrownBy(stoppedAtThirdDocument::load).hasMessageContaining("stopped");
		assertThat(count("lt_document")).isEqualTo(4);
		assertThat(count("lt_demo_step where step_key = 'complete'")).isZero();

		loader(steps()).load();
		assertComplete();

		int markers = count("lt_demo_step");
		loader(steps()).load();
		assertComplete();
		assertThat(count("lt_demo_step")).isEqualTo(markers);
	}

	private void assertComplete() {
		// + two digitised (DemoKpiData) and one in the file deposited for readers
		int documents = DemoFiles.ALL.stream().mapToInt((f) -> f.documents().size()).sum() + 3;
		long planned = DemoFiles.ALL.stream().filter((f) -> f.ruleCode() != null).count()
				+ DemoFiles.PLANNED_2026.size();
		long closed = DemoFiles.ALL.stream().filter(DemoFile::close).count();
		assertThat(count("lt_agency")).isEqualTo(DemoAgencies.ALL.size());
		assertThat(demoUsers()).isEqualTo(DemoAccounts.USERS.size() + DemoReaders.READERS.size());
		assertThat(count("lt_record_file")).isEqualTo(DemoFiles.ALL.size() + 2);
		assertThat(count("lt_record_file where status = 'DEPOSITED' and access_mode = '01'")).isOne();
		assertThat(count("lt_reader where user_id = 'docgia' and status = 'APPROVED'")).isOne();
		assertThat(count("lt_reader where user_id = 'docgia.cho' and status = 'PENDING'")).isOne();
		assertThat(count("lt_access_request where reader_id = 'docgia' and status = 'GRANTED'")).isOne();
		assertThat(count("lt_access_grant where reader_id = 'docgia'")).isOne();
		assertThat(count("lt_record_file where status = 'CLOSED'")).isEqualTo(closed);
		assertThat(count("lt_document")).isEqualTo(documents);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from (select distinct file_id, code_number, code_notation from lt_document) d",
				Integer.class))
			.as("a document captured twice")
			.isEqualTo(documents);
		assertThat(count("lt_file_plan_item")).isEqualTo(planned);
		assertThat(count("lt_staff")).isEqualTo(DemoStaff.ALL.size());
		assertThat(count("lt_demo_step where step_key = 'complete'")).isOne();
	}

	private int demoUsers() {
		return this.jdbc.queryForObject("select count(*) from ACT_ID_USER where ID_ <> 'admin'", Integer.class);
	}

	private int count(String from) {
		return this.jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

	private DemoSteps steps() {
		return new DemoSteps(this.mapper, this.transaction, this.clock);
	}

	private DemoDataLoader loader(DemoSteps steps) {
		DemoKpiData kpi = new DemoKpiData(this.agencies, this.staff, this.files, this.capture, this.principals, steps);
		DemoReaders readers = new DemoReaders(this.files, this.capture, this.intake, this.registration, this.requests,
				this.principals, steps);
		return new DemoDataLoader(this.agencies, this.agencyService, this.users, this.principals, this.files,
				this.capture, this.plans, kpi, readers, steps);
	}

	/** Steps that stop inside one step, its work done and not committed. */
	private final class StoppingSteps extends DemoSteps {

		private final String stopAt;

		StoppingSteps(String stopAt) {
			super(DemoLoadResumedApiTest.this.mapper, DemoLoadResumedApiTest.this.transaction,
					DemoLoadResumedApiTest.this.clock);
			this.stopAt = stopAt;
		}

		@Override
		void stepDone(String key) {
			if (key.equals(this.stopAt)) {
				throw new IllegalStateException("stopped at " + key);
			}
		}

	}

}
