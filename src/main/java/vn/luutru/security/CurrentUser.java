package vn.luutru.security;

import java.security.Principal;
import java.util.Set;

/**
 * The signed-in user as LuuTru sees them: one agency, some roles. Managers read every
 * agency's records; everybody else only their own agency's and what is in its custody.
 */
public record CurrentUser(String userId, String displayName, Long agencyId, String agencyCode,
		Set<Role> roles) implements Principal {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	/** An agency id no agency has: what a reader "sees". */
	public static final long NO_AGENCY = -1L;

	@Override
	public String getName() {
		return this.userId;
	}

	/**
	 * "Nguyễn Văn An (vanthu)": how printed output names who printed it
	 * ({@link vn.luutru.forms.PrintMark}).
	 */
	public String printedName() {
		return vn.luutru.forms.PrintMark.who(this.displayName, this.userId);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Null means every agency; otherwise the only agency whose records this user sees.
	 */
	public Long visibleAgencyId() {
		if (has(Role.READER)) {
			// A reader sees no agency's records but through his grants
			// (vn.luutru.access).
			return NO_AGENCY;
		}
		return has(Role.MANAGER) ? null : this.agencyId;
	}

	public boolean canSee(long agencyIdOfRecord, long custodyAgencyId) {
		Long own = visibleAgencyId();
		return own == null || own == agencyIdOfRecord || own == custodyAgencyId;
	}

}
