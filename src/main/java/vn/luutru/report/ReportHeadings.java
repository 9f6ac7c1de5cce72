package vn.luutru.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.forms.PlaceAndDate;
import vn.luutru.forms.ReportTitle;
import vn.luutru.forms.Signatory;
import vn.luutru.security.CurrentUsers;

/**
 * The title blocks and signatures of the reports: the agency's letterhead as every
 * official document prints it, generated at and by, the place and date
 * ({@code luutru.forms.province}).
 */
@Component
class ReportHeadings {

	private final BatchLetterhead letterheads;

	private final Clock clock;

	ReportHeadings(BatchLetterhead letterheads, Clock clock) {
		this.letterheads = letterheads;
		this.clock = clock;
	}

	ReportTitle title(Agency agency, String title, String period) {
		return new ReportTitle(this.letterheads.letterhead(agency), title, period, LocalDateTime.now(this.clock),
				CurrentUsers.require().printedName());
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	PlaceAndDate placeAndDate() {
		return new PlaceAndDate(this.letterheads.today().place(), today());
	}

	/** The officer who made the report and the head who signs it. */
	Signatory preparer() {
		return new Signatory("NGƯỜI LẬP", Signatory.SIGN, CurrentUsers.require().displayName());
	}

	Signatory head() {
		return new Signatory("THỦ TRƯỞNG CƠ QUAN", Signatory.SIGN_AND_SEAL, null);
	}

}
