package vn.luutru.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;
import vn.luutru.forms.ReportTitle;
import vn.luutru.forms.Signatory;
import vn.luutru.security.CurrentUsers;

/** The title blocks and signatures of the reports: agency, generated at and by, today. */
@Component
class ReportHeadings {

	/** Where the province's documents are dated. */
	static final String PLACE = "Sơn La";

	private final AgencyDirectory agencies;

	private final Clock clock;

	ReportHeadings(AgencyDirectory agencies, Clock clock) {
		this.agencies = agencies;
		this.clock = clock;
	}

	ReportTitle title(Agency agency, String title, String period) {
		String parent = (agency.parentId() == null) ? null
				: this.agencies.findById(agency.parentId()).map((p) -> upper(p.name())).orElse(null);
		return new ReportTitle(new Letterhead(parent, upper(agency.name())), title, period,
				LocalDateTime.now(this.clock), CurrentUsers.require().displayName());
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	PlaceAndDate placeAndDate() {
		return new PlaceAndDate(PLACE, today());
	}

	/** The officer who made the report and the head who signs it. */
	Signatory preparer() {
		return new Signatory("NGƯỜI LẬP", Signatory.SIGN, CurrentUsers.require().displayName());
	}

	Signatory head() {
		return new Signatory("THỦ TRƯỞNG CƠ QUAN", Signatory.SIGN_AND_SEAL, null);
	}

	private static String upper(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

}
