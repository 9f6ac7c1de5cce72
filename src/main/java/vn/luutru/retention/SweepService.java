package vn.luutru.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchKind;
import vn.luutru.batch.BatchProcessStarter;
import vn.luutru.batch.BatchService;
import vn.luutru.common.NotFoundException;
import vn.luutru.file.DueAction;
import vn.luutru.file.DueGroup;
import vn.luutru.file.DueDatePolicy;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;
import vn.luutru.security.UserPrincipals;

/**
 * The retention sweep: finds every file (of one agency when an archivist asks for it)
 * whose transfer or destruction review falls due, puts them on the list of one batch per
 * agency and action and starts that batch's process (whose first step claims the files);
 * then counts what falls due soon so that archivists are warned.
 */
@Service
@Transactional
public class SweepService {

	/** Who a timer-started sweep was triggered by; it runs as the system. */
	public static final String TIMER = "timer";

	private static final Logger log = LoggerFactory.getLogger(SweepService.class);

	private final SweepMapper mapper;

	private final RecordFileLifecycle files;

	private final BatchService batches;

	private final BatchProcessStarter starter;

	private final DueDatePolicy policy;

	private final UserPrincipals principals;

	private final Clock clock;

	SweepService(SweepMapper mapper, RecordFileLifecycle files, BatchService batches, BatchProcessStarter starter,
			DueDatePolicy policy, UserPrincipals principals, Clock clock) {
		this.mapper = mapper;
		this.files = files;
		this.batches = batches;
		this.starter = starter;
		this.policy = policy;
		this.principals = principals;
		this.clock = clock;
	}

	/** A sweep of every agency, as the daily timer runs it ({@link #TIMER}). */
	public SweepRun open(String triggeredBy) {
		return open(triggeredBy, null);
	}

	/**
	 * A sweep requested by a user: of one agency, or of every agency when
	 * {@code agencyId} is null.
	 */
	public SweepRun open(String triggeredBy, Long agencyId) {
		NewSweepRun run = new NewSweepRun();
		run.startedAt = Instant.now(this.clock);
		run.triggeredBy = triggeredBy;
		run.asOf = LocalDate.now(this.clock);
		run.agencyId = agencyId;
		this.mapper.insert(run);
		return this.mapper.findById(run.id);
	}

	public void linkProcess(long sweepId, String processInstanceId) {
		this.mapper.setProcessInstance(sweepId, processInstanceId);
	}

	/**
	 * Waits until no other sweep step runs, on any node, and holds that turn until the
	 * transaction ends: a sweep that comes second then sees what the first one did.
	 */
	public void lock() {
		this.mapper.lock();
	}

	/**
	 * Batches the due files; returns the batches started. A batch holds its files' items;
	 * its process's first step claims the files. An agency with a batch not yet claimed
	 * is left to a later sweep, so that no file lands on two open lists.
	 */
	public List<Batch> batchDueFiles(long sweepId) {
		lock();
		SweepRun run = require(sweepId);
		// Whoever executes the job (a job executor thread, an admin retrying it in
		// Cockpit) is not who opens the batches: the requester or, for the timer, the
		// system.
		return UserPrincipals.runAs(actor(run), () -> batchDueFiles(run));
	}

	private List<Batch> batchDueFiles(SweepRun run) {
		long sweepId = run.id();
		// The oldest unclaimed batch of each agency: the one it waits on.
		Map<Long, Batch> waiting = new HashMap<>();
		for (Batch b : this.batches.awaitingClaim()) {
			waiting.putIfAbsent(b.agencyId(), b);
		}
		Set<Long> skipped = new HashSet<>();
		List<Batch> started = new ArrayList<>();
		int filesBatched = 0;
		for (DueGroup group : this.files.dueGroups(run.asOf())) {
			if (run.agencyId() != null && run.agencyId() != group.agencyId()) {
				continue;
			}
			Batch waitingOn = waiting.get(group.agencyId());
			if (waitingOn != null) {
				if (skipped.add(group.agencyId())) {
					skip(sweepId, waitingOn);
				}
				continue;
			}
			BatchKind kind = (group.action() == DueAction.TRANSFER) ? BatchKind.TRANSFER : BatchKind.DESTRUCTION;
			Batch batch = this.batches.openDue(kind, group.agencyId(), group.action(), run.asOf(), sweepId,
					run.triggeredBy());
			if (batch != null) {
				this.starter.start(batch);
				started.add(batch);
				filesBatched += batch.fileCount();
				log.info("Rà soát #{}: lô {} với {} hồ sơ / sweep {}: batch {} with {} files", sweepId, batch.code(),
						batch.fileCount(), sweepId, batch.code(), batch.fileCount());
			}
		}
		this.batches.auditOpened(started, sweepId);
		this.mapper.recordBatches(sweepId, filesBatched, started.size());
		return started;
	}

	private CurrentUser actor(SweepRun run) {
		return TIMER.equals(run.triggeredBy()) ? UserPrincipals.system() : this.principals.load(run.triggeredBy());
	}

	/** Records an agency left out, and the batch it waits on, for managers to see. */
	private void skip(long sweepId, Batch waitingOn) {
		this.mapper.recordSkip(sweepId, waitingOn.agencyId(), waitingOn.id());
		log.warn(
				"Rà soát #{}: bỏ qua {}, lô {} chưa nhận hồ sơ (từ {}) / sweep {}: agency {} skipped, "
						+ "batch {} has not claimed its files since {}",
				sweepId, waitingOn.agencyCode(), waitingOn.code(), waitingOn.createdAt(), sweepId,
				waitingOn.agencyCode(), waitingOn.code(), waitingOn.createdAt());
	}

	/**
	 * The agencies a sweep left out and the batches they wait on, under the same rule as
	 * the sweeps themselves ({@link #sweepsVisibleTo()}).
	 */
	@Transactional(readOnly = true)
	public List<SkippedAgency> skipped(long sweepId) {
		visible(sweepId);
		return this.mapper.findSkipped(sweepId, sweepsVisibleTo());
	}

	/**
	 * Agencies with files due within the warning window or already overdue, leaving out
	 * files already on a batch's list whose batch has not claimed them yet.
	 */
	public List<AgencyDueCount> upcoming(long sweepId) {
		SweepRun run = require(sweepId);
		LocalDate asOf = run.asOf();
		List<UnclaimedGroup> unclaimed = this.batches.awaitingClaim()
			.stream()
			.map((b) -> new UnclaimedGroup(b.agencyId(),
					(b.kind() == BatchKind.TRANSFER) ? DueAction.TRANSFER : DueAction.DESTRUCTION_REVIEW, b.dueBy()))
			.toList();
		return this.mapper.countUpcoming(asOf, asOf.plus(this.policy.deadlines().warningWindow()), unclaimed,
				run.agencyId());
	}

	public SweepRun finish(long sweepId, int warned, int overdue) {
		this.mapper.finish(sweepId, warned, overdue, Instant.now(this.clock));
		return require(sweepId);
	}

	@Transactional(readOnly = true)
	public SweepRun require(long id) {
		SweepRun run = this.mapper.findById(id);
		if (run == null) {
			throw new NotFoundException("sweep", id);
		}
		return run;
	}

	/**
	 * The latest sweeps the current user may see: his own agency's on-demand sweeps, or
	 * every sweep for a manager (a province-wide sweep counts every agency's files).
	 */
	@Transactional(readOnly = true)
	public List<SweepRun> recent() {
		return this.mapper.findRecent(sweepsVisibleTo(), 20);
	}

	/**
	 * The one rule for what of the sweeps the current user sees (the list, one sweep, the
	 * agencies it skipped): the one agency returned, or every agency when null (managers,
	 * administrators).
	 */
	private static Long sweepsVisibleTo() {
		CurrentUser user = CurrentUsers.require();
		return user.has(Role.ADMIN) ? null : user.visibleAgencyId();
	}

	/** A sweep the current user may see; another agency's answers as not found. */
	@Transactional(readOnly = true)
	public SweepRun visible(long id) {
		SweepRun run = require(id);
		Long own = sweepsVisibleTo();
		if (own != null && !own.equals(run.agencyId())) {
			throw new NotFoundException("sweep", id);
		}
		return run;
	}

}
