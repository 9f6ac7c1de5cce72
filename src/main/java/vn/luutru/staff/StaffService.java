package vn.luutru.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.security.CurrentUsers;

/** The archive staff of each agency, kept for the plan's indicator 8. */
@Service
public class StaffService {

	static final String ENTITY = "staff";

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final StaffMapper mapper;

	private final StaffAccess access;

	private final AuditService audit;

	private final Clock clock;

	StaffService(StaffMapper mapper, StaffAccess access, AuditService audit, Clock clock) {
		this.mapper = mapper;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Staff> ofAgency(long agencyId) {
		return this.mapper.findByAgency(this.access.readable(agencyId).id());
	}

	@Transactional(readOnly = true)
	public Staff get(long id) {
		Staff staff = this.mapper.findById(id);
		if (staff == null) {
			throw new NotFoundException(ENTITY, id);
		}
		try {
			this.access.readable(staff.agencyId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(ENTITY, id);
		}
		return staff;
	}

	@Transactional
	public Staff add(long agencyId, StaffRequest request) {
		Agency agency = this.access.writable(agencyId);
		Staff staff = checked(request, agency.id());
		StaffRow row = new StaffRow(staff);
		this.mapper.insert(row);
		this.audit.record(AuditAction.STAFF_ADDED, ENTITY, row.id, agency.id(), describe(staff));
		return this.mapper.findById(row.id);
	}

	@Transactional
	public Staff update(long id, StaffRequest request) {
		Staff current = get(id);
		this.access.writable(current.agencyId());
		Staff staff = checked(request, current.agencyId());
		this.mapper.update(id, staff);
		this.audit.record(AuditAction.STAFF_UPDATED, ENTITY, id, current.agencyId(), describe(staff));
		return this.mapper.findById(id);
	}

	@Transactional
	public void remove(long id) {
		Staff current = get(id);
		this.access.writable(current.agencyId());
		this.mapper.delete(id);
		this.audit.record(AuditAction.STAFF_REMOVED, ENTITY, id, current.agencyId(), describe(current));
	}

	private Staff checked(StaffRequest request, long agencyId) {
		Problems problems = new Problems();
		Staff staff = StaffCheck.check(request, agencyId, CurrentUsers.require().userId(), today(), now(), "",
				problems);
		problems.throwIfAny();
		return staff;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(VIETNAM));
	}

	Instant now() {
		return Instant.now(this.clock);
	}

	static Map<String, Object> describe(Staff staff) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("fullName", staff.fullName());
		details.put("archiveRole", String.valueOf(staff.archiveRole()));
		details.put("employment", String.valueOf(staff.employment()));
		details.put("trainedOn", String.valueOf(staff.trainedOn()));
		return details;
	}

}
