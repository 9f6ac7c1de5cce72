package vn.luutru.report.kpi;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.common.NotFoundException;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * Whose indicators a user sees: managers and administrators every agency's and the
 * province's, everybody else their own agency's; another agency answers 404. A step run
 * by the engine without a signed-in user (the monthly report) sees all.
 */
@Component
class KpiAccess {

	private final AgencyDirectory agencies;

	KpiAccess(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	Agency readable(long agencyId) {
		Optional<CurrentUser> user = CurrentUsers.find();
		if (user.isPresent() && !readsAll(user.get()) && !Long.valueOf(agencyId).equals(user.get().agencyId())) {
			throw new NotFoundException("agency", agencyId);
		}
		return this.agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("agency", agencyId));
	}

	void requireProvince() {
		Optional<CurrentUser> user = CurrentUsers.find();
		if (user.isPresent() && !readsAll(user.get())) {
			throw new AccessDeniedException("the province's indicators");
		}
	}

	List<Agency> visibleAgencies() {
		Optional<CurrentUser> user = CurrentUsers.find();
		if (user.isPresent() && !readsAll(user.get())) {
			Long own = user.get().agencyId();
			return (own != null) ? List.of(readable(own)) : List.of();
		}
		return this.agencies.findAll().stream().sorted(Comparator.comparing(Agency::name)).toList();
	}

	private static boolean readsAll(CurrentUser user) {
		return user.has(Role.MANAGER) || user.has(Role.ADMIN);
	}

}
