package vn.luutru.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.ProblemTexts;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.process.Decisions;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * A reader asks for files of one archive with a purpose. Public files are granted at
 * once; conditional ones, and any file whose grant to this reader was revoked, wait for
 * the archive's approver, who answers within the working days of DOMAIN.md §6
 * (access-request process, escalated when late). Secret files and files not in an archive
 * are not for readers.
 */
@Service
public class AccessRequests {

	/** Statuses of files kept by an archive (agency or historical). */
	static final Set<String> IN_ARCHIVE = Set.of("DEPOSITED", "TRANSFER_PENDING", "TRANSFERRED",
			"UNDER_DESTRUCTION_REVIEW");

	private static final int MAX_FILES = 50;

	private final AccessMapper mapper;

	private final ReaderRegistration readers;

	private final WorkingCalendar calendar;

	private final AccessSettings settings;

	private final AccessProcessStarter tasks;

	private final AuditService audit;

	private final ProblemTexts texts;

	private final Clock clock;

	AccessRequests(AccessMapper mapper, ReaderRegistration readers, WorkingCalendar calendar, AccessSettings settings,
			AccessProcessStarter tasks, AuditService audit, ProblemTexts texts, Clock clock) {
		this.mapper = mapper;
		this.texts = texts;
		this.readers = readers;
		this.calendar = calendar;
		this.settings = settings;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public AccessRequestView ask(AskRequest ask) {
		Reader reader = this.readers.requireApproved();
		Problems problems = new Problems();
		String purpose = Text.clean(ask.purpose());
		if (purpose == null || !AccessPurpose.CODES.contains(purpose)) {
			problems.add("purpose", "error.accessPurpose");
		}
		String content = Text.clean(ask.purposeContent());
		if (content == null) {
			problems.add("purposeContent", "error.required");
		}
		else if (content.length() > 1000) {
			problems.add("purposeContent", "error.tooLong", 1000);
		}
		Set<String> codes = new LinkedHashSet<>();
		if (ask.fileCodes() != null) {
			ask.fileCodes().stream().map(Text::clean).filter((c) -> c != null).forEach(codes::add);
		}
		if (codes.isEmpty() || codes.size() > MAX_FILES) {
			problems.add("fileCodes", "error.accessFileCount", MAX_FILES);
			problems.throwIfAny();
		}
		List<ArchivedFile> files = usable(new ArrayList<>(codes), problems);
		problems.throwIfAny();
		ArchivedFile first = files.get(0);
		Instant now = this.clock.instant();
		// A file revoked from this reader is his again only by the approver's decision.
		List<Long> revoked = this.mapper.revokedFiles(reader.userId(), files.stream().map(ArchivedFile::id).toList());
		boolean waits = !revoked.isEmpty()
				|| files.stream().anyMatch((f) -> ArchivedFile.CONDITIONAL.equals(f.accessMode()));
		NewAccessRequest request = new NewAccessRequest();
		request.readerId = reader.userId();
		request.custodyAgencyId = first.custodyAgencyId();
		request.purpose = purpose;
		request.purposeContent = content;
		request.status = waits ? AccessRequestStatus.PENDING : AccessRequestStatus.GRANTED;
		request.requestedAt = now;
		request.dueAt = waits ? this.calendar.dueAt(now, this.settings.conditionalDecisionDays()) : null;
		this.mapper.insertRequest(request);
		files.forEach((f) -> this.mapper.insertRequestFile(request.id, f.id(), f.accessMode()));
		int granted = this.mapper.grantAtOnce(request.id, ArchivedFile.PUBLIC, now,
				now.plus(this.settings.grantValidity()));
		this.audit.record(AuditAction.ACCESS_REQUESTED, "access_request", request.id, first.custodyAgencyId(),
				Map.of("reader", reader.userId(), "purpose", purpose, "files", codes.size(), "grantedAtOnce", granted));
		if (waits) {
			this.tasks.startRequest(request.id, first.custodyAgencyCode(), Date.from(request.dueAt));
		}
		return view(request.id);
	}

	/**
	 * The files asked for, each found, kept by an archive, public or conditional, all of
	 * one archive; otherwise a problem naming it. A reader learns nothing more of a file
	 * he may not have than of one that does not exist.
	 */
	private List<ArchivedFile> usable(List<String> codes, Problems problems) {
		Map<String, ArchivedFile> found = new HashMap<>();
		this.mapper.filesByCode(codes).forEach((f) -> found.put(f.fileCode(), f));
		List<ArchivedFile> files = new ArrayList<>();
		for (String code : codes) {
			ArchivedFile f = found.get(code);
			if (f == null || !IN_ARCHIVE.contains(f.status()) || !(ArchivedFile.PUBLIC.equals(f.accessMode())
					|| ArchivedFile.CONDITIONAL.equals(f.accessMode()))) {
				problems.add("fileCodes", "error.accessFileUnavailable", code);
			}
			else {
				files.add(f);
			}
		}
		if (!files.isEmpty() && files.stream().map(ArchivedFile::custodyAgencyId).distinct().count() > 1) {
			problems.add("fileCodes", "error.accessOneArchive");
		}
		return files;
	}

	/** A reader's own requests; an officer's, those his archive answers. */
	@Transactional(readOnly = true)
	public List<AccessRequest> list() {
		CurrentUser user = CurrentUsers.require();
		if (user.has(Role.READER)) {
			return this.mapper.requests(user.userId(), null);
		}
		return this.mapper.requests(null, user.visibleAgencyId());
	}

	@Transactional(readOnly = true)
	public AccessRequestView get(long id) {
		AccessRequest request = this.mapper.findRequest(id);
		CurrentUser user = CurrentUsers.require();
		boolean visible = request != null && (user.has(Role.READER) ? request.readerId().equals(user.userId())
				: (user.visibleAgencyId() == null || user.visibleAgencyId().equals(request.custodyAgencyId())));
		if (!visible) {
			throw new NotFoundException("access_request", id);
		}
		return view(id);
	}

	/** The approver's decision through the API: completes the request's decision task. */
	@Transactional
	public AccessRequestView decide(long id, DecisionRequest decision) {
		CurrentUser user = CustodyArchive.officer();
		AccessRequest request = this.mapper.findRequest(id);
		CustodyArchive.requireKeeps(user, (request != null) ? request.custodyAgencyId() : null, "access_request", id);
		Map<String, Object> answers = new HashMap<>();
		answers.put(AccessProcessStarter.ACCESS_DECISION, (decision != null) ? decision.decision() : null);
		answers.put(AccessProcessStarter.REJECTION_REASON, (decision != null) ? decision.reason() : null);
		this.tasks.decide(user, AccessProcessStarter.requestKey(id), AccessProcessStarter.TASK_DECIDE_ACCESS, answers);
		return view(id);
	}

	/** Applies a checked decision (ApplyAccessDecisionDelegate); idempotent. */
	@Transactional
	public void apply(long id, String decision, String reason, String decidedBy) {
		boolean approve = Decisions.APPROVE.equals(decision);
		Instant now = this.clock.instant();
		AccessRequest request = this.mapper.findRequest(id);
		if (this.mapper.decideRequest(id, approve ? AccessRequestStatus.APPROVED : AccessRequestStatus.REJECTED,
				decidedBy, now, approve ? null : Text.clean(reason)) == 0) {
			return;
		}
		if (approve) {
			int granted = this.mapper.grantDecided(id, now, now.plus(this.settings.grantValidity()));
			this.audit.record(AuditAction.ACCESS_GRANTED, "access_request", id, request.custodyAgencyId(),
					Map.of("files", granted));
		}
		else {
			this.audit.record(AuditAction.ACCESS_REJECTED, "access_request", id, request.custodyAgencyId(),
					Map.of("reason", Text.clean(reason)));
		}
	}

	private AccessRequestView view(long id) {
		AccessRequest request = this.mapper.findRequest(id);
		return new AccessRequestView(request, this.texts.both("access.purpose." + request.purpose()),
				this.texts.both("access.request.status." + request.status()), this.mapper.requestFiles(id),
				this.mapper.grants(id, null));
	}

}
