package vn.luutru.report;

import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Text;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;

/**
 * Which agencies a user's reports cover. Managers report on every agency or one they
 * name; everybody else on their own agency only. Another agency answers 404 whether or
 * not it exists, as the file plans do.
 */
@Component
class ReportAccess {

	private final AgencyDirectory agencies;

	ReportAccess(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	/**
	 * @param agencyCode the agency asked for, or null for all the user sees
	 */
	ReportScope scope(String agencyCode) {
		CurrentUser user = CurrentUsers.require();
		Long visible = user.visibleAgencyId();
		String code = Text.clean(agencyCode);
		if (code == null) {
			Agency own = (user.agencyId() != null) ? this.agencies.findById(user.agencyId()).orElse(null) : null;
			if (own == null) {
				throw new NotFoundException("agency", String.valueOf(user.agencyCode()));
			}
			return new ReportScope(visible, visible, own);
		}
		Agency agency = this.agencies.findByCode(code).orElseThrow(() -> new NotFoundException("agency", code));
		if (visible != null && !visible.equals(agency.id())) {
			throw new NotFoundException("agency", code);
		}
		return new ReportScope(visible, agency.id(), agency);
	}

}
