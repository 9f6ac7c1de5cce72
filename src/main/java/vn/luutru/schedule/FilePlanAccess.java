package vn.luutru.schedule;

import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Text;
import vn.luutru.forms.Letterhead;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * Who sees and changes which agency's file plan. Everybody reads their own agency's plan,
 * managers and admins read all; clerks and archivists change their own agency's plan,
 * admins any. Another agency's plan answers 404 whether or not it exists.
 */
@Component
class FilePlanAccess {

	private final AgencyDirectory agencies;

	FilePlanAccess(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	/** The agency whose plan the user asks to read; null code means their own. */
	Agency readable(String agencyCode) {
		CurrentUser user = CurrentUsers.require();
		String code = codeOrOwn(agencyCode, user);
		if (!readsAll(user) && !code.equals(user.agencyCode())) {
			throw new NotFoundException("agency", code);
		}
		return this.agencies.findByCode(code).orElseThrow(() -> new NotFoundException("agency", code));
	}

	/** The agency whose plan the user asks to change; null code means their own. */
	Agency writable(String agencyCode) {
		CurrentUser user = CurrentUsers.require();
		String code = codeOrOwn(agencyCode, user);
		if (user.has(Role.ADMIN)) {
			return this.agencies.findByCode(code)
				.orElseThrow(() -> InvalidInputException.of("agencyCode", "error.unknownAgency", code));
		}
		if (!code.equals(user.agencyCode()) || !writes(user)) {
			throw new AccessDeniedException("file plan of another agency");
		}
		return this.agencies.findByCode(code).orElseThrow(() -> new NotFoundException("agency", code));
	}

	/** The agency's letterhead: its managing body and itself, in capitals. */
	Letterhead letterhead(String agencyCode) {
		Agency agency = readable(agencyCode);
		String parent = (agency.parentId() == null) ? null
				: this.agencies.findById(agency.parentId()).map((p) -> p.name().toUpperCase(Locale.ROOT)).orElse(null);
		return new Letterhead(parent, agency.name().toUpperCase(Locale.ROOT));
	}

	/** Hides items of agencies the user does not see. */
	void requireReadable(FilePlanItem item) {
		CurrentUser user = CurrentUsers.require();
		if (!readsAll(user) && !item.agencyId().equals(user.agencyId())) {
			throw new NotFoundException("file plan item", item.id());
		}
	}

	void requireWritable(FilePlanItem item) {
		requireReadable(item);
		CurrentUser user = CurrentUsers.require();
		if (!user.has(Role.ADMIN) && (!item.agencyId().equals(user.agencyId()) || !writes(user))) {
			throw new AccessDeniedException("file plan of another agency");
		}
	}

	private static String codeOrOwn(String agencyCode, CurrentUser user) {
		String code = Text.clean(agencyCode);
		code = (code != null) ? code : user.agencyCode();
		if (code == null) {
			throw InvalidInputException.of("agencyCode", "error.required");
		}
		return code;
	}

	private static boolean readsAll(CurrentUser user) {
		return user.has(Role.MANAGER) || user.has(Role.ADMIN);
	}

	private static boolean writes(CurrentUser user) {
		return user.has(Role.CLERK) || user.has(Role.ARCHIVIST);
	}

}
