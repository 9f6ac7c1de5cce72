package vn.luutru.fixity;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.forms.PrintedCopy;
import vn.luutru.security.PrintMarks;
import vn.luutru.common.NotFoundException;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * What users see of the fixity audit: progress for everyone logged in (counts only);
 * findings, incidents and minutes, which name documents of every agency, for managers and
 * administrators; a cycle on demand for them too.
 */
@Service
public class FixityService {

	private final FixityMapper mapper;

	private final FixityProcessStarter starter;

	private final Incidents incidents;

	private final FixityMinutes minutes;

	private final Clock clock;

	private final PrintMarks marks;

	FixityService(FixityMapper mapper, FixityProcessStarter starter, Incidents incidents, FixityMinutes minutes,
			Clock clock, PrintMarks marks) {
		this.marks = marks;
		this.minutes = minutes;
		this.mapper = mapper;
		this.starter = starter;
		this.incidents = incidents;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public FixityProgress progress(long id) {
		return FixityProgress.of(require(id), Instant.now(this.clock));
	}

	/** The latest cycle, for the home page; empty before the first. */
	@Transactional(readOnly = true)
	public Optional<FixityProgress> latest() {
		return Optional.ofNullable(this.mapper.findLatest()).map((c) -> FixityProgress.of(c, Instant.now(this.clock)));
	}

	@Transactional(readOnly = true)
	public List<FixityFinding> findings(long id) {
		requireManager();
		require(id);
		return this.mapper.findFindings(id);
	}

	public Incidents.IncidentView incident(long id) {
		requireManager();
		return this.incidents.view(id);
	}

	/** The inspection minutes of a finished cycle (managers, administrators). */
	public InputStream minutes(long id) throws IOException {
		requireManager();
		require(id);
		// the minutes stay as written; the copy handed out says who printed it
		return PrintedCopy.docx(this.minutes.open(id), this.marks.now());
	}

	/** Starts a cycle now (the process); returns its process instance id. */
	@Transactional
	public String startNow() {
		requireManager();
		return this.starter.startCycleNow();
	}

	FixityCycle require(long id) {
		FixityCycle cycle = this.mapper.findCycle(id);
		if (cycle == null) {
			throw new NotFoundException("fixity-cycle", id);
		}
		return cycle;
	}

	static void requireManager() {
		CurrentUser user = CurrentUsers.require();
		if (!user.has(Role.MANAGER) && !user.has(Role.ADMIN)) {
			throw new AccessDeniedException("manager or administrator only");
		}
	}

}
