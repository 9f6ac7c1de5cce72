package vn.luutru.schedule;

import java.time.Year;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.forms.Letterhead;

/** Agencies' yearly file plans (danh mục hồ sơ): who plans which files, kept how long. */
@Service
public class FilePlanService {

	static final String ENTITY = "file_plan_item";

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final FilePlanMapper plans;

	private final RetentionRuleMapper rules;

	private final FilePlanAccess access;

	private final AuditService audit;

	FilePlanService(FilePlanMapper plans, RetentionRuleMapper rules, FilePlanAccess access, AuditService audit) {
		this.plans = plans;
		this.rules = rules;
		this.access = access;
		this.audit = audit;
	}

	/** A plan; no year means this year. */
	@Transactional(readOnly = true)
	public FilePlan plan(String agencyCode, Integer year) {
		Agency agency = this.access.readable(agencyCode);
		int planYear = (year != null) ? year : Year.now(VIETNAM).getValue();
		return FilePlan.of(agency.code(), agency.name(), planYear, this.plans.findViews(agency.id(), planYear));
	}

	/** The plan's agency under its managing body, in capitals, as Annex V heads it. */
	@Transactional(readOnly = true)
	public Letterhead letterhead(FilePlan plan) {
		return this.access.letterhead(plan.agencyCode());
	}

	@Transactional(readOnly = true)
	public FilePlanItemView item(long id) {
		this.access.requireReadable(require(id));
		return this.plans.findView(id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST', 'CLERK', 'ADMIN')")
	public FilePlanItemView create(FilePlanItemRequest request) {
		Agency agency = this.access.writable(request.agencyCode());
		FilePlanItemRow row = checked(request, agency.id(), null);
		try {
			this.plans.insert(row);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(row);
		}
		this.audit.record(AuditAction.PLAN_ITEM_CREATED, ENTITY, row.id, agency.id(), row.describe());
		return this.plans.findView(row.id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST', 'CLERK', 'ADMIN')")
	public FilePlanItemView update(long id, FilePlanItemRequest request) {
		FilePlanItem existing = require(id);
		this.access.requireWritable(existing);
		FilePlanItemRow row = checked(request, existing.agencyId(), existing);
		row.id = id;
		if (!row.sameAs(existing)) {
			try {
				this.plans.update(row);
			}
			catch (DuplicateKeyException ex) {
				throw duplicate(row);
			}
			this.audit.record(AuditAction.PLAN_ITEM_UPDATED, ENTITY, id, existing.agencyId(), row.describe());
		}
		return this.plans.findView(id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST', 'CLERK', 'ADMIN')")
	public void delete(long id) {
		FilePlanItem existing = require(id);
		this.access.requireWritable(existing);
		int files = this.plans.countRecordFiles(id);
		if (files > 0) {
			throw new ConflictException("error.schedule.planItemInUse", existing.fileNotation(), files);
		}
		try {
			this.plans.delete(id);
		}
		catch (DataIntegrityViolationException ex) {
			// A record file was opened from the item after we counted.
			throw new ConflictException("error.schedule.planItemInUse", existing.fileNotation(), 1);
		}
		this.audit.record(AuditAction.PLAN_ITEM_DELETED, ENTITY, id, existing.agencyId(),
				Map.of("planYear", existing.planYear(), "fileNotation", existing.fileNotation()));
	}

	private FilePlanItemRow checked(FilePlanItemRequest request, long agencyId, FilePlanItem existing) {
		Problems problems = new Problems();
		Fields fields = new Fields(problems, "");
		FilePlanItemRow row = FilePlanItemCheck.check(request, fields);
		row.agencyId = agencyId;
		FilePlanItemCheck.resolveRule(row, this.rules::findByCode,
				(existing != null) ? existing.retentionRuleId() : null, fields);
		String sentAgency = Text.clean(request.agencyCode());
		if (existing != null && sentAgency != null
				&& !sentAgency.equals(this.plans.findView(existing.id()).agencyCode())) {
			// An item belongs to its agency's plan for good.
			fields.add("agencyCode", "error.immutable");
		}
		if (row.fileNotation != null && row.planYear != null && !fields.has("fileNotation")
				&& !fields.has("planYear")) {
			FilePlanItem same = this.plans.findByNotation(agencyId, row.planYear, row.fileNotation);
			if (same != null && (existing == null || !same.id().equals(existing.id()))) {
				fields.add("fileNotation", "error.schedule.duplicateNotation", row.fileNotation, row.planYear);
			}
		}
		problems.throwIfAny();
		return row;
	}

	private FilePlanItem require(long id) {
		FilePlanItem item = this.plans.findById(id);
		if (item == null) {
			throw new NotFoundException("file plan item", id);
		}
		return item;
	}

	private static InvalidInputException duplicate(FilePlanItemRow row) {
		return InvalidInputException.of("fileNotation", "error.schedule.duplicateNotation", row.fileNotation,
				row.planYear);
	}

}
