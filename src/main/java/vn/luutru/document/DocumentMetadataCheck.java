package vn.luutru.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import vn.luutru.common.DateBounds;
import vn.luutru.common.FileNames;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.file.FileCodeLists;
import vn.luutru.file.RecordFile;

/**
 * Checks a document's metadata and fills the defaults (access mode and retention follow
 * the file), mapping Circular 02/2019 values onto the 2025 schema.
 */
@Component
class DocumentMetadataCheck {

	static final String CURRENT_SCHEMA = "TT05/2025";

	static final String LEGACY_SCHEMA = "TT02/2019";

	private static final String BORN_DIGITAL = "01";

	/**
	 * [archive code].[store/shelf/box].[paper file no.] (Circular 05/2025): no spaces.
	 */
	private static final Pattern PAPER_CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./_-]{0,99}");

	private final Validator validator;

	private final Clock clock;

	DocumentMetadataCheck(Validator validator, Clock clock) {
		this.validator = validator;
		this.clock = clock;
	}

	NewDocument check(DocumentMetadata m, RecordFile file, String originalName, Problems problems) {
		return check(m, FileDefaults.of(file), originalName, problems);
	}

	NewDocument check(DocumentMetadata m, FileDefaults file, String originalName, Problems problems) {
		NewDocument d = new NewDocument();
		if (m == null) {
			problems.add("metadata", "error.required");
			return d;
		}
		problems.validate(this.validator, m);
		d.schemaVersion = schema(m.schemaVersion(), problems);
		d.typeName = DocumentTypes.toCode(Text.clean(m.typeName())).orElse(null);
		if (Text.clean(m.typeName()) == null) {
			problems.add("typeName", "error.required");
		}
		else if (d.typeName == null) {
			problems.add("typeName", "error.typeName", m.typeName());
		}
		d.codeNumber = Text.clean(m.codeNumber());
		d.codeNotation = Text.clean(m.codeNotation());
		d.issuedDate = m.issuedDate();
		if (d.issuedDate == null) {
			problems.add("issuedDate", "error.required");
		}
		else if (d.issuedDate.isAfter(LocalDate.now(this.clock))) {
			problems.add("issuedDate", "error.dateInFuture");
		}
		else if (!DateBounds.within(d.issuedDate)) {
			problems.add("issuedDate", "error.dateOutOfRange", DateBounds.FIRST_YEAR, DateBounds.LAST_YEAR);
		}
		d.organName = Text.line(required(m.organName(), "organName", problems));
		d.subject = required(m.subject(), "subject", problems);
		d.language = (Text.clean(m.language()) != null) ? Text.clean(m.language()) : "01";
		if (!FileCodeLists.isValidLanguageList(d.language)) {
			problems.add("language", "error.language");
		}
		if (m.numberOfPage() == null) {
			problems.add("numberOfPage", "error.required");
		}
		else if (m.numberOfPage() < 1 || m.numberOfPage() > 100_000) {
			problems.add("numberOfPage", "error.range");
		}
		d.pageCount = (m.numberOfPage() != null) ? m.numberOfPage() : 0;
		d.sheetCount = (m.numberOfPaper() != null) ? m.numberOfPaper() : d.pageCount;
		if (m.numberOfPaper() != null && (m.numberOfPaper() < 1 || m.numberOfPaper() > d.pageCount)) {
			problems.add("numberOfPaper", "error.sheets");
		}
		d.inforSign = Text.clean(m.inforSign());
		d.keywords = Text.clean(m.keyword());
		d.accessMode = code(m.accessMode(), file.accessMode(), FileCodeLists.ACCESS_MODES, "accessMode",
				"error.accessMode", problems);
		d.confidenceLevel = code(m.confidenceLevel(), file.confidenceLevel(), FileCodeLists.CONFIDENCE_LEVELS,
				"confidenceLevel", "error.confidenceLevel", problems);
		d.paperFileCode = paperOriginal(m.paperFileCode(), d.confidenceLevel, file, problems);
		d.physicalFormat = code(m.format(), null, FileCodeLists.PHYSICAL_FORMATS, "format", "error.physicalFormat",
				problems);
		d.autograph = Text.clean(m.autograph());
		d.description = Text.clean(m.description());
		d.signerPosition = Text.line(m.signerPosition());
		d.signerName = Text.line(m.signerName());
		d.originalName = FileNames.checked(originalName, problems);
		if (d.originalName == null) {
			problems.add("content", "error.required");
		}
		if (m.position() != null && (m.position() < 1 || m.position() > 9_999_999)) {
			problems.add("position", "error.range");
		}
		return d;
	}

	/**
	 * A digitised document names its paper original, or takes its digitised file's; a
	 * born-digital one has none (indicator 5 of the plan counts digitised documents by
	 * it).
	 */
	private static String paperOriginal(String value, String confidenceLevel, FileDefaults file, Problems problems) {
		String v = Text.clean(value);
		if (v != null && BORN_DIGITAL.equals(confidenceLevel)) {
			problems.add("paperFileCode", "error.documentPaperCodeBornDigital");
			return null;
		}
		if (v == null && FileCodeLists.DIGITISED.equals(confidenceLevel)) {
			v = file.paperFileCode();
			if (v == null) {
				problems.add("paperFileCode", "error.documentPaperCodeRequired");
			}
		}
		if (v != null && !PAPER_CODE.matcher(v).matches()) {
			problems.add("paperFileCode", "error.documentPaperCodeForm");
		}
		return v;
	}

	private static String schema(String value, Problems problems) {
		String v = Text.clean(value);
		if (v == null || v.equals("05/2025") || v.equals(CURRENT_SCHEMA)) {
			return CURRENT_SCHEMA;
		}
		if (v.equals("02/2019") || v.equals(LEGACY_SCHEMA)) {
			return LEGACY_SCHEMA;
		}
		problems.add("schemaVersion", "error.schemaVersion", v);
		return null;
	}

	private static String required(String value, String field, Problems problems) {
		String v = Text.clean(value);
		if (v == null && !problems.has(field)) {
			problems.add(field, "error.required");
		}
		return v;
	}

	private static String code(String value, String fallback, java.util.Set<String> allowed, String field, String error,
			Problems problems) {
		String v = Text.clean(value);
		if (v == null) {
			return fallback;
		}
		if (!allowed.contains(v)) {
			problems.add(field, error);
		}
		return v;
	}

}
