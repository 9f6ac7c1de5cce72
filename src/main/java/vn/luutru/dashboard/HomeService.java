package vn.luutru.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.fixity.FixityService;
import vn.luutru.intake.IntakeService;
import vn.luutru.retention.DueFile;
import vn.luutru.retention.DueList;
import vn.luutru.security.CurrentUsers;

/** Builds the home page of the signed-in user. */
@Service
@Transactional(readOnly = true)
public class HomeService {

	static final int SHOWN = 20;

	static final int INTAKES_SHOWN = 5;

	/** The due list of the home page: what the archivist's warning covers and more. */
	static final String DUE_WITHIN = "P90D";

	private final OpenTaskMapper tasks;

	private final DueList due;

	private final ReportLinks reports;

	private final Clock clock;

	private final IntakeService intakes;

	private final FixityService fixity;

	HomeService(OpenTaskMapper tasks, DueList due, ReportLinks reports, Clock clock, IntakeService intakes,
			FixityService fixity) {
		this.intakes = intakes;
		this.fixity = fixity;
		this.tasks = tasks;
		this.due = due;
		this.reports = reports;
		this.clock = clock;
	}

	public HomePage home() {
		String userId = CurrentUsers.require().userId();
		Instant now = Instant.now(this.clock);
		List<WaitingTask> mine = this.tasks.findForUser(userId, SHOWN).stream().map((t) -> t.agedAt(now)).toList();
		List<DueFile> dueFiles = this.due.within(DUE_WITHIN);
		return new HomePage(this.tasks.countForUser(userId), mine, dueFiles.size(),
				dueFiles.subList(0, Math.min(SHOWN, dueFiles.size())),
				this.reports.available(LocalDate.now(this.clock)), this.intakes.latest(INTAKES_SHOWN),
				this.fixity.latest().orElse(null));
	}

}
