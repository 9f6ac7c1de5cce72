package vn.luutru.hold;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;

/**
 * Legal holds (phong tỏa): a held file is never transferred or destroyed. The files'
 * {@code on_hold} flag follows their active holds, so that batch building and the checks
 * before each irreversible step read one indexed column.
 */
@Service
public class HoldService {

	private final HoldMapper mapper;

	private final AuditService audit;

	private final Validator validator;

	private final Clock clock;

	HoldService(HoldMapper mapper, AuditService audit, Validator validator, Clock clock) {
		this.mapper = mapper;
		this.audit = audit;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST','AGENCY_HEAD','ADMIN')")
	public LegalHold place(HoldRequest request) {
		CurrentUser user = CurrentUsers.require();
		Problems problems = new Problems().validate(this.validator, request);
		String reason = Text.clean(request.reason());
		if (reason == null) {
			problems.add("reason", "error.required");
		}
		boolean byIds = request.fileIds() != null && !request.fileIds().isEmpty();
		boolean byQuery = request.year() != null || request.planItemId() != null;
		if (byIds == byQuery) {
			problems.add("fileIds", "error.holdScope");
		}
		if (user.agencyId() == null) {
			problems.add("agencyCode", "error.userWithoutAgency");
		}
		if (request.agencyCode() != null && !request.agencyCode().equals(user.agencyCode())) {
			problems.add("agencyCode", "error.unknownAgency", request.agencyCode());
		}
		problems.throwIfAny();
		NewHold hold = new NewHold();
		hold.agencyId = user.agencyId();
		hold.reason = reason;
		hold.scope = byIds ? "ids:" + request.fileIds().size()
				: "year=" + request.year() + ", planItemId=" + request.planItemId();
		hold.heldUntil = request.heldUntil();
		hold.createdBy = user.userId();
		hold.createdAt = Instant.now(this.clock);
		this.mapper.insert(hold);
		int files = byIds ? this.mapper.addFilesById(hold.id, user.agencyId(), request.fileIds())
				: this.mapper.addFilesByQuery(hold.id, user.agencyId(), request.year(), request.planItemId());
		if (files == 0) {
			new Problems().add(byIds ? "fileIds" : "year", "error.holdNoFiles").throwIfAny();
		}
		this.mapper.refreshFlags(hold.id);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", reason);
		details.put("scope", hold.scope);
		details.put("files", files);
		this.audit.record(AuditAction.HOLD_PLACED, "legal_hold", hold.id, user.agencyId(), details);
		return this.mapper.findById(hold.id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST','AGENCY_HEAD','ADMIN')")
	public LegalHold lift(long id, LiftRequest request) {
		CurrentUser user = CurrentUsers.require();
		LegalHold hold = get(id);
		if (!hold.agencyId().equals(user.agencyId())) {
			throw new NotFoundException("legal_hold", id);
		}
		String reason = (request != null) ? Text.clean(request.reason()) : null;
		if (reason == null) {
			new Problems().add("reason", "error.required").throwIfAny();
		}
		if (this.mapper.lift(id, user.userId(), reason, Instant.now(this.clock)) == 0) {
			throw new ConflictException("conflict.holdLifted", id);
		}
		this.mapper.refreshFlags(id);
		this.audit.record(AuditAction.HOLD_LIFTED, "legal_hold", id, hold.agencyId(), Map.of("reason", reason));
		return this.mapper.findById(id);
	}

	@Transactional(readOnly = true)
	public LegalHold get(long id) {
		LegalHold hold = this.mapper.findById(id);
		Long visible = CurrentUsers.require().visibleAgencyId();
		if (hold == null || (visible != null && !visible.equals(hold.agencyId()))) {
			throw new NotFoundException("legal_hold", id);
		}
		return hold;
	}

	@Transactional(readOnly = true)
	public List<LegalHold> list(Boolean active) {
		return this.mapper.find(CurrentUsers.require().visibleAgencyId(), active);
	}

	@Transactional(readOnly = true)
	public List<Long> files(long id) {
		get(id);
		return this.mapper.fileIds(id);
	}

}
