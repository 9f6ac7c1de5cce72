package vn.luutru.batch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.security.UserPrincipals;
import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;

/**
 * Names as the documents of a batch print them: the agency under its managing body, and
 * people by their full names.
 */
@Component
public class BatchLetterhead {

	/** Left blank to be filled in by hand, as paper forms do. */
	public static final String BLANK = "................................";

	/** Where the province's documents are dated. */
	static final String PLACE = "Sơn La";

	private final AgencyDirectory agencies;

	private final UserPrincipals principals;

	private final Clock clock;

	BatchLetterhead(AgencyDirectory agencies, UserPrincipals principals, Clock clock) {
		this.agencies = agencies;
		this.principals = principals;
		this.clock = clock;
	}

	/** The agency under its managing body, as the top left of a document prints it. */
	public Letterhead letterhead(Agency agency) {
		return new Letterhead(parentName(agency), upper(agency));
	}

	/** "Sơn La, ngày ... tháng ... năm ...", today. */
	public PlaceAndDate today() {
		return new PlaceAndDate(PLACE, LocalDate.now(this.clock));
	}

	public Agency agency(Batch batch) {
		return this.agencies.require(batch.agencyId());
	}

	/** The managing body's name in capitals, or null for a top-level agency. */
	public String parentName(Agency agency) {
		return (agency.parentId() == null) ? null
				: this.agencies.findById(agency.parentId()).map((p) -> p.name().toUpperCase(Locale.ROOT)).orElse(null);
	}

	public String upper(Agency agency) {
		return agency.name().toUpperCase(Locale.ROOT);
	}

	/** A user's full name, or the blank line when nobody is known. */
	public String person(String userId) {
		if (userId == null || userId.isBlank() || "timer".equals(userId) || "system".equals(userId)) {
			return BLANK;
		}
		return this.principals.load(userId).displayName();
	}

}
