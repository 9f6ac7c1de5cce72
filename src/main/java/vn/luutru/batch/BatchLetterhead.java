package vn.luutru.batch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.forms.DocumentNumbers;
import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;
import vn.luutru.security.UserPrincipals;

/**
 * Names as the documents of a batch print them: the agency under its managing body, the
 * receiving archive and the province from the settings, and people by their full names.
 */
@Component
public class BatchLetterhead {

	/** Left blank to be filled in by hand, as paper forms do. */
	public static final String BLANK = "................................";

	private final AgencyDirectory agencies;

	private final UserPrincipals principals;

	private final FormSettings settings;

	private final Clock clock;

	BatchLetterhead(AgencyDirectory agencies, UserPrincipals principals, FormSettings settings, Clock clock) {
		this.agencies = agencies;
		this.principals = principals;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The agency under its managing body, as the top left of a document prints it (Decree
	 * 30 Annex I): "UBND TỈNH SƠN LA" over "SỞ NỘI VỤ". The managing body's common words
	 * are shortened and the agency's line leaves out the province its managing body
	 * already names.
	 */
	public Letterhead letterhead(Agency agency) {
		String parent = parentName(agency);
		String name = upper(agency);
		if (parent == null) {
			return new Letterhead(null, name);
		}
		String province = " TỈNH " + this.settings.province().toUpperCase(Locale.ROOT);
		if (name.endsWith(province) && parent.endsWith(province)) {
			name = name.substring(0, name.length() - province.length());
		}
		return new Letterhead(parent.replace("ỦY BAN NHÂN DÂN", "UBND").replace("UỶ BAN NHÂN DÂN", "UBND"), name);
	}

	/** "Sơn La, ngày ... tháng ... năm ...", today. */
	public PlaceAndDate today() {
		return new PlaceAndDate(this.settings.province(), LocalDate.now(this.clock));
	}

	public Agency agency(Batch batch) {
		return this.agencies.require(batch.agencyId());
	}

	/**
	 * The historical archive that receives transfers, one name for every document: the
	 * setting, else the agency registered as the archive, else the province's archive.
	 */
	public String archiveName() {
		if (this.settings.archiveName() != null) {
			return this.settings.archiveName();
		}
		return this.agencies.historicalArchive()
			.map(Agency::name)
			.orElse("Trung tâm Lưu trữ lịch sử tỉnh " + this.settings.province());
	}

	/** The agency's sign in document numbers, "SNV" in "03/BB-SNV". */
	public String abbreviation(Agency agency) {
		String configured = this.settings.abbreviations().get(agency.code());
		return (configured != null && !configured.isBlank()) ? configured.strip()
				: DocumentNumbers.initials(agency.name(), this.settings.province());
	}

	/** The managing body's name in capitals, or null for a top-level agency. */
	public String parentName(Agency agency) {
		return (agency.parentId() == null) ? null
				: this.agencies.findById(agency.parentId()).map((p) -> p.name().toUpperCase(Locale.ROOT)).orElse(null);
	}

	public String upper(Agency agency) {
		return agency.name().toUpperCase(Locale.ROOT);
	}

	/** Whether someone is a person, not the engine's timer or the daily sweep. */
	public static boolean isPerson(String userId) {
		return userId != null && !userId.isBlank() && !"timer".equals(userId) && !"system".equals(userId);
	}

	/** A user's full name, or the blank line when nobody is known. */
	public String person(String userId) {
		if (!isPerson(userId)) {
			return BLANK;
		}
		String name = this.principals.load(userId).displayName();
		return (name != null && !name.isBlank()) ? name : userId;
	}

}
