package vn.luutru.report.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Text;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * Reads a request's year (default: this year, Vietnamese time) and agency code (default:
 * the province for managers and administrators, one's own agency for everybody else).
 */
@Component
class KpiYears {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AgencyDirectory agencies;

	private final Clock clock;

	KpiYears(AgencyDirectory agencies, Clock clock) {
		this.agencies = agencies;
		this.clock = clock;
	}

	KpiScope scope(Integer year, String agencyCode) {
		int y = (year != null) ? year : LocalDate.now(this.clock.withZone(VIETNAM)).getYear();
		String code = Text.clean(agencyCode);
		if (code != null) {
			long id = this.agencies.findByCode(code).orElseThrow(() -> new NotFoundException("agency", code)).id();
			return new KpiScope(y, id);
		}
		CurrentUser user = CurrentUsers.require();
		boolean readsAll = user.has(Role.MANAGER) || user.has(Role.ADMIN);
		return new KpiScope(y, readsAll ? null : user.agencyId());
	}

}
