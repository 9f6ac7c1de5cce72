package vn.luutru.agency;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.Validator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;

/** An admin's changes to the list of agencies. */
@Service
public class AgencyService {

	private final AgencyMapper mapper;

	private final TenantRegistry tenants;

	private final AuditService audit;

	private final Validator validator;

	AgencyService(AgencyMapper mapper, TenantRegistry tenants, AuditService audit, Validator validator) {
		this.mapper = mapper;
		this.tenants = tenants;
		this.audit = audit;
		this.validator = validator;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Agency create(AgencyRequest request) {
		AgencyRow row = validated(request, null);
		row.createdAt = Instant.now();
		this.mapper.insert(row);
		this.tenants.saveTenant(row.code, row.name);
		this.audit.record(AuditAction.AGENCY_CREATED, "agency", row.code, row.id, describe(row));
		return this.mapper.findById(row.id);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Agency update(long id, AgencyRequest request) {
		Agency existing = this.mapper.findById(id);
		if (existing == null) {
			throw new NotFoundException("agency", id);
		}
		AgencyRow row = validated(request, existing);
		row.id = id;
		this.mapper.update(row);
		this.tenants.saveTenant(existing.code(), row.name);
		this.audit.record(AuditAction.AGENCY_UPDATED, "agency", existing.code(), id, describe(row));
		return this.mapper.findById(id);
	}

	private AgencyRow validated(AgencyRequest request, Agency existing) {
		Problems problems = new Problems().validate(this.validator, request);
		String code = Text.clean(request.code());
		if (code != null && !AgencyCode.isValid(code)) {
			problems.add("code", "error.agencyCode");
		}
		else if (existing == null && code != null && this.mapper.findByCode(code) != null) {
			problems.add("code", "error.duplicate", code);
		}
		else if (existing != null && code != null && !existing.code().equals(code)) {
			problems.add("code", "error.immutable");
		}
		AgencyRow row = new AgencyRow();
		row.parentId = parentId(request.parentCode(), existing, problems);
		problems.throwIfAny();
		row.code = code;
		row.fondsCode = Text.clean(request.fondsCode());
		row.name = Text.line(request.name());
		// A client that leaves a flag out has not decided to clear it: a change keeps the
		// stored value, a new agency starts without it.
		row.historicalArchive = flag(request.historicalArchive(), existing, Agency::historicalArchive);
		row.transferSource = flag(request.transferSource(), existing, Agency::transferSource);
		return row;
	}

	/**
	 * The parent an agency sits under. Left out on a change: the parent stays; an empty
	 * code: no parent. An agency never sits under itself or one of its own sub-agencies,
	 * or the tree (and every letterhead printed from it) would loop.
	 */
	private Long parentId(String requested, Agency existing, Problems problems) {
		if (requested == null) {
			return (existing != null) ? existing.parentId() : null;
		}
		String parentCode = Text.clean(requested);
		if (parentCode == null) {
			return null;
		}
		Agency parent = this.mapper.findByCode(parentCode);
		if (parent == null) {
			problems.add("parentCode", "error.unknownAgency", parentCode);
			return null;
		}
		if (existing != null && isUnder(parent, existing.id())) {
			problems.add("parentCode", "error.agencyCycle", parentCode, existing.code());
			return null;
		}
		return parent.id();
	}

	/** Whether the agency is the one with this id or sits anywhere below it. */
	private boolean isUnder(Agency agency, long ancestorId) {
		Set<Long> seen = new HashSet<>();
		for (Agency a = agency; a != null
				&& seen.add(a.id()); a = (a.parentId() == null) ? null : this.mapper.findById(a.parentId())) {
			if (a.id() == ancestorId) {
				return true;
			}
		}
		return false;
	}

	private static boolean flag(Boolean requested, Agency existing, Predicate<Agency> stored) {
		if (requested != null) {
			return requested;
		}
		return existing != null && stored.test(existing);
	}

	private static Map<String, Object> describe(AgencyRow row) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("name", row.name);
		details.put("fondsCode", row.fondsCode);
		details.put("parentId", row.parentId);
		details.put("historicalArchive", row.historicalArchive);
		details.put("transferSource", row.transferSource);
		return details;
	}

}
