package vn.luutru.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Years;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;

/**
 * Turns the filters a user sent into what they may see: managers any agency or the whole
 * province, everybody else only their own agency, whatever they ask for.
 */
@Component
class DashboardScopes {

	private final DashboardMapper mapper;

	private final Clock clock;

	DashboardScopes(DashboardMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	DashboardScope resolve(Long agencyId, Integer year) {
		if (year != null && !Years.within(year)) {
			throw InvalidInputException.of("year", "web.error.year", Years.FIRST, Years.LAST);
		}
		CurrentUser user = CurrentUsers.require();
		Long visible = user.visibleAgencyId();
		if (visible != null && agencyId != null && !visible.equals(agencyId)) {
			throw new AccessDeniedException("another agency's dashboard");
		}
		Long chosen = (visible != null) ? visible : agencyId;
		String code = null;
		if (chosen != null) {
			AgencyOption agency = this.mapper.findAgency(chosen);
			if (agency == null) {
				throw new NotFoundException("agency", chosen);
			}
			code = agency.code();
		}
		return new DashboardScope(chosen, code, year, LocalDate.now(this.clock));
	}

}
