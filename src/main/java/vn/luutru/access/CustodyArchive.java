package vn.luutru.access;

import org.springframework.security.access.AccessDeniedException;

import vn.luutru.common.NotFoundException;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * Who acts for the archive that keeps a file: its archivists, or the historical archive's
 * officers for what it has received. Others are refused (403); an officer of another
 * archive learns nothing (404).
 */
final class CustodyArchive {

	private CustodyArchive() {
	}

	/** The signed-in officer, if he keeps files for an archive. */
	static CurrentUser officer() {
		CurrentUser user = CurrentUsers.require();
		if (!user.has(Role.ARCHIVIST) && !user.has(Role.HISTORICAL_ARCHIVE)) {
			throw new AccessDeniedException("only the archive keeping the file acts on it");
		}
		return user;
	}

	/** Refuses as not found what another archive keeps. */
	static void requireKeeps(CurrentUser officer, Long custodyAgencyId, String entity, Object id) {
		if (custodyAgencyId == null || !custodyAgencyId.equals(officer.agencyId())) {
			throw new NotFoundException(entity, id);
		}
	}

}
