package vn.luutru.schedule;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;

/** Archivists' changes to the common retention schedule; everybody signed in reads it. */
@Service
public class RetentionScheduleService {

	static final String ENTITY = "retention_rule";

	private final RetentionRuleMapper mapper;

	private final AuditService audit;

	RetentionScheduleService(RetentionRuleMapper mapper, AuditService audit) {
		this.mapper = mapper;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<RetentionRule> list(String heading, Boolean active) {
		return this.mapper.findByFilter(Text.clean(heading), active);
	}

	@Transactional(readOnly = true)
	public RetentionRule get(long id) {
		RetentionRule rule = this.mapper.findById(id);
		if (rule == null) {
			throw new NotFoundException("retention rule", id);
		}
		return rule;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST', 'ADMIN')")
	public RetentionRule create(RetentionRuleRequest request) {
		Problems problems = new Problems();
		RetentionRuleRow row = RetentionRuleCheck.check(request, new Fields(problems, ""));
		if (row.code != null && !problems.has("code") && this.mapper.findByCode(row.code) != null) {
			problems.add("code", "error.duplicate", row.code);
		}
		problems.throwIfAny();
		insert(row);
		this.audit.record(AuditAction.RETENTION_RULE_CREATED, ENTITY, row.code, null, row.describe());
		return this.mapper.findById(row.id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST', 'ADMIN')")
	public RetentionRule update(long id, RetentionRuleRequest request) {
		RetentionRule existing = get(id);
		Problems problems = new Problems();
		// The code is how sheets and plans name a rule, so it stays; leaving it out keeps
		// it.
		String sentCode = Text.clean(request.code());
		RetentionRuleRequest complete = new RetentionRuleRequest(existing.code(), request.heading(), request.title(),
				request.maintenanceCode(), request.retentionYears(), request.actionAtEnd(), request.legalBasis(),
				request.active());
		RetentionRuleRow row = RetentionRuleCheck.check(complete, new Fields(problems, ""));
		if (sentCode != null && !sentCode.equals(existing.code())) {
			problems.add("code", "error.immutable");
		}
		problems.throwIfAny();
		row.id = id;
		if (!row.sameAs(existing)) {
			this.mapper.update(row);
			this.audit.record(AuditAction.RETENTION_RULE_UPDATED, ENTITY, row.code, null, row.describe());
		}
		return this.mapper.findById(id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST', 'ADMIN')")
	public RetentionRule deactivate(long id) {
		RetentionRule existing = get(id);
		// Zero rows: already inactive, nothing to record.
		if (this.mapper.deactivate(id) == 1) {
			this.audit.record(AuditAction.RETENTION_RULE_DEACTIVATED, ENTITY, existing.code(), null, null);
		}
		return this.mapper.findById(id);
	}

	void insert(RetentionRuleRow row) {
		try {
			this.mapper.insert(row);
		}
		catch (DuplicateKeyException ex) {
			// Another writer took the code between our check and the insert.
			throw InvalidInputException.of("code", "error.duplicate", row.code);
		}
	}

}
