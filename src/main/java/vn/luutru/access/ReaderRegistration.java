package vn.luutru.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.process.Decisions;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;
import vn.luutru.security.UserService;

/**
 * A reader registers himself with the identity Decree 113/2025 Art. 22.2 asks for; the
 * historical archive approves or refuses within one working day (an archive task,
 * escalated to the managers when late). Until approved he may sign in and see where his
 * registration stands, nothing more.
 */
@Service
public class ReaderRegistration {

	private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	/** Citizen identity card (12 digits) or passport (a letter and 7 or 8 digits). */
	private static final Pattern IDENTITY = Pattern.compile("[0-9]{12}|[A-Z][0-9]{7,8}");

	private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{9,10}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final ReaderMapper readers;

	private final UserService users;

	private final WorkingCalendar calendar;

	private final AccessSettings settings;

	private final AgencyDirectory agencies;

	private final AccessProcessStarter tasks;

	private final AuditService audit;

	private final Validator validator;

	private final Clock clock;

	ReaderRegistration(ReaderMapper readers, UserService users, WorkingCalendar calendar, AccessSettings settings,
			AgencyDirectory agencies, AccessProcessStarter tasks, AuditService audit, Validator validator,
			Clock clock) {
		this.readers = readers;
		this.users = users;
		this.calendar = calendar;
		this.settings = settings;
		this.agencies = agencies;
		this.tasks = tasks;
		this.audit = audit;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	public Reader register(RegistrationRequest r) {
		Problems problems = new Problems().validate(this.validator, r);
		String userId = Text.clean(r.userId());
		if (userId == null || !USER_ID.matcher(userId).matches()) {
			problems.add("userId", "error.readerUserId");
		}
		String fullName = required(problems, "fullName", r.fullName());
		if (r.birthDate() == null) {
			problems.add("birthDate", "error.required");
		}
		else if (!r.birthDate().isBefore(LocalDate.now(this.clock))) {
			problems.add("birthDate", "error.birthDate");
		}
		String identity = Text.clean(r.identityNumber());
		if (identity == null || !IDENTITY.matcher(identity).matches()) {
			problems.add("identityNumber", "error.readerIdentity");
		}
		else if (this.readers.identityTaken(identity)) {
			problems.add("identityNumber", "error.readerIdentityTaken");
		}
		String nationality = required(problems, "nationality", r.nationality());
		String address = required(problems, "address", r.address());
		String phone = Text.clean(r.phone());
		if (phone == null || !PHONE.matcher(phone.replace(" ", "")).matches()) {
			problems.add("phone", "error.readerPhone");
		}
		String email = Text.clean(r.email());
		if (email == null || !EMAIL.matcher(email).matches()) {
			problems.add("email", "error.readerEmail");
		}
		if (!problems.has("userId")) {
			this.users.checkNewReader(userId, r.password(), problems);
		}
		problems.throwIfAny();
		Instant now = this.clock.instant();
		Instant due = this.calendar.dueAt(now, this.settings.readerApprovalDays());
		Reader reader = new Reader(userId, fullName, r.birthDate(), identity, nationality, address,
				phone.replace(" ", ""), email, Text.line(r.organisation()), ReaderStatus.PENDING, now, due, null, null,
				null);
		this.readers.insert(reader);
		this.users.createReader(userId, fullName, email, r.password());
		this.audit.record(AuditAction.READER_REGISTERED, "reader", userId, null, Map.of("dueAt", due.toString()));
		String archive = this.agencies.historicalArchive().map(Agency::code).orElse(null);
		this.tasks.startRegistration(userId, archive, Date.from(due));
		return reader;
	}

	@Transactional(readOnly = true)
	public Reader me() {
		CurrentUser user = CurrentUsers.require();
		Reader reader = this.readers.find(user.userId());
		if (reader == null) {
			throw new NotFoundException("reader", user.userId());
		}
		return reader;
	}

	/** The approved reader signed in; anyone else is refused. */
	@Transactional(readOnly = true)
	public Reader requireApproved() {
		Reader reader = me();
		if (reader.status() != ReaderStatus.APPROVED) {
			throw new AccessDeniedException("reader " + reader.userId() + " is " + reader.status());
		}
		return reader;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('HISTORICAL_ARCHIVE','MANAGER','ADMIN')")
	public List<Reader> pending() {
		return this.readers.byStatus(ReaderStatus.PENDING);
	}

	/** The historical archive's decision, taken through the API as its task. */
	@Transactional
	@PreAuthorize("hasAnyRole('HISTORICAL_ARCHIVE','ADMIN')")
	public Reader decide(String userId, String decision, String reason) {
		if (this.readers.find(userId) == null) {
			throw new NotFoundException("reader", userId);
		}
		Map<String, Object> answers = new java.util.HashMap<>();
		answers.put(AccessProcessStarter.READER_DECISION, decision);
		answers.put(AccessProcessStarter.REJECTION_REASON, reason);
		this.tasks.decide(CurrentUsers.require(), AccessProcessStarter.registrationKey(userId),
				AccessProcessStarter.TASK_APPROVE_READER, answers);
		return this.readers.find(userId);
	}

	/** Applies a checked decision (ApplyReaderDecisionDelegate); idempotent. */
	@Transactional
	public void apply(String userId, String decision, String reason, String decidedBy) {
		boolean approve = Decisions.APPROVE.equals(decision);
		ReaderStatus status = approve ? ReaderStatus.APPROVED : ReaderStatus.REJECTED;
		if (this.readers.decide(userId, status, decidedBy, this.clock.instant(), approve ? null : reason) == 1) {
			this.audit.record(approve ? AuditAction.READER_APPROVED : AuditAction.READER_REJECTED, "reader", userId,
					null, approve ? Map.of() : Map.of("reason", reason));
		}
	}

	/**
	 * Name, nationality and address are one line each on the archivist's approval form.
	 */
	private static String required(Problems problems, String field, String value) {
		String clean = Text.line(value);
		if (clean == null) {
			problems.add(field, "error.required");
		}
		return clean;
	}

}
