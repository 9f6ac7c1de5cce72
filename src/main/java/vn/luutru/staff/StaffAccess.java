package vn.luutru.staff;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.common.NotFoundException;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * Who sees and changes an agency's staff list: every officer reads his own agency's,
 * managers and administrators every agency's; the agency's archivists change it, and
 * administrators any. Another agency's list answers 404 whether or not it exists.
 */
@Component
class StaffAccess {

	private final AgencyDirectory agencies;

	StaffAccess(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	Agency readable(long agencyId) {
		CurrentUser user = CurrentUsers.require();
		if (!user.has(Role.MANAGER) && !user.has(Role.ADMIN) && !Long.valueOf(agencyId).equals(user.agencyId())) {
			throw new NotFoundException("agency", agencyId);
		}
		return this.agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("agency", agencyId));
	}

	Agency writable(long agencyId) {
		Agency agency = readable(agencyId);
		CurrentUser user = CurrentUsers.require();
		if (!user.has(Role.ADMIN) && !(user.has(Role.ARCHIVIST) && agency.id().equals(user.agencyId()))) {
			throw new AccessDeniedException("staff of an agency one does not keep the archive of");
		}
		return agency;
	}

}
