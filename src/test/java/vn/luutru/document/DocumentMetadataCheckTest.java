package vn.luutru.document;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.Problems;
import vn.luutru.file.FileStatus;
import vn.luutru.file.RecordFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules of a document's metadata, without Spring. */
class DocumentMetadataCheckTest {

	private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T03:00:00Z"), ZoneOffset.UTC);

	private final DocumentMetadataCheck check = new DocumentMetadataCheck(VALIDATOR, CLOCK);

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	static RecordFile file() {
		return new RecordFile(1L, 1L, "000.00.16.T01", null, "000.00.16.T01.2025.02.VP", 2025, "02.VP", "Tập công văn",
				null, null, "06", 10, "02", "01", null, null, null, null, LocalDate.of(2025, 1, 2), null, "01", null,
				null, 0, 0, 0, FileStatus.OPEN, null, null, false, "TT05/2025", "u", Instant.EPOCH, null, null, null,
				null, null, null, null, null, null);
	}

	/** A complete, valid set, with fields replaced as given. */
	static DocumentMetadata metadata(Map<String, Object> changes) {
		java.util.function.Function<String, Object> v = (name) -> changes.containsKey(name) ? changes.get(name)
				: defaults().get(name);
		return new DocumentMetadata((Integer) v.apply("position"), (String) v.apply("typeName"),
				(String) v.apply("codeNumber"), (String) v.apply("codeNotation"), (LocalDate) v.apply("issuedDate"),
				(String) v.apply("organName"), (String) v.apply("subject"), (String) v.apply("language"),
				(Integer) v.apply("numberOfPage"), (Integer) v.apply("numberOfPaper"), (String) v.apply("inforSign"),
				(String) v.apply("keyword"), (String) v.apply("accessMode"), (String) v.apply("confidenceLevel"),
				(String) v.apply("autograph"), (String) v.apply("format"), (String) v.apply("description"),
				(String) v.apply("signerPosition"), (String) v.apply("signerName"), (String) v.apply("schemaVersion"),
				(String) v.apply("paperFileCode"));
	}

	private static Map<String, Object> defaults() {
		java.util.HashMap<String, Object> m = new java.util.HashMap<>();
		m.put("typeName", "22");
		m.put("codeNumber", "125");
		m.put("codeNotation", "SNV-VP");
		m.put("issuedDate", LocalDate.of(2025, 3, 14));
		m.put("organName", "Sở Nội vụ tỉnh Sơn La");
		m.put("subject", "V/v hướng dẫn lập hồ sơ điện tử");
		m.put("numberOfPage", 2);
		return m;
	}

	private List<FieldProblem> problems(Map<String, Object> changes, String fileName) {
		Problems problems = new Problems();
		this.check.check(metadata(changes), file(), fileName, problems);
		if (problems.isEmpty()) {
			return List.of();
		}
		return catchThrowableOfType(InvalidInputException.class, problems::throwIfAny).problems();
	}

	private List<FieldProblem> problems(Map<String, Object> changes) {
		return problems(changes, "cong-van.pdf");
	}

	private static String nullable(String s) {
		return s;
	}

	@Test
	void acceptsACompleteDocumentAndTakesAccessFromTheFile() {
		Problems problems = new Problems();
		NewDocument d = this.check.check(metadata(Map.of()), file(), "cong-van.pdf", problems);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(d.accessMode).isEqualTo("02");
		assertThat(d.confidenceLevel).isEqualTo("01");
		assertThat(d.language).isEqualTo("01");
		assertThat(d.sheetCount).isEqualTo(2);
		assertThat(d.schemaVersion).isEqualTo(DocumentMetadataCheck.CURRENT_SCHEMA);
	}

	@Test
	void requiresMetadata() {
		Problems problems = new Problems();
		this.check.check(null, file(), "a.pdf", problems);
		assertThat(problems.has("metadata")).isTrue();
	}

	@Test
	void mapsTypeNamesInWordsAndRefusesUnknownOnes() {
		Problems problems = new Problems();
		assertThat(this.check.check(metadata(Map.of("typeName", "Công văn")), file(), "a.pdf", problems).typeName)
			.isEqualTo("22");
		assertThat(problems(Map.of("typeName", "99"))).extracting(FieldProblem::code).containsExactly("error.typeName");
	}

	@Test
	void refusesAFutureOrMissingIssuingDate() {
		assertThat(problems(Map.of("issuedDate", LocalDate.of(2025, 7, 1)))).extracting(FieldProblem::code)
			.containsExactly("error.dateInFuture");
		java.util.HashMap<String, Object> noDate = new java.util.HashMap<>();
		noDate.put("issuedDate", null);
		assertThat(problems(noDate)).extracting(FieldProblem::field).containsExactly("issuedDate");
	}

	@Test
	void refusesAnIssuingDateNoArchiveKeepsWhateverRouteItCameBy() {
		assertThat(problems(Map.of("issuedDate", LocalDate.of(999, 12, 31)))).extracting(FieldProblem::code)
			.containsExactly("error.dateOutOfRange");
		assertThat(problems(Map.of("issuedDate", LocalDate.MIN))).extracting(FieldProblem::code)
			.containsExactly("error.dateOutOfRange");
		assertThat(problems(Map.of("issuedDate", LocalDate.of(1802, 6, 1)))).as("the Nguyễn dynasty's records")
			.isEmpty();
	}

	@Test
	void checksPagesAndSheets() {
		assertThat(problems(Map.of("numberOfPage", 0))).extracting(FieldProblem::code).containsExactly("error.range");
		assertThat(problems(Map.of("numberOfPage", 100_001))).extracting(FieldProblem::code)
			.containsExactly("error.range");
		assertThat(problems(Map.of("numberOfPaper", 3))).extracting(FieldProblem::code).containsExactly("error.sheets");
	}

	@Test
	void checksCodeListsAndSchemaVersion() {
		assertThat(problems(Map.of("accessMode", "07", "confidenceLevel", "9", "format", "04", "language", "12",
				"schemaVersion", "01/2000")))
			.extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("accessMode", "confidenceLevel", "format", "language", "schemaVersion");
		Problems problems = new Problems();
		assertThat(
				this.check.check(metadata(Map.of("schemaVersion", "02/2019")), file(), "a.pdf", problems).schemaVersion)
			.isEqualTo(DocumentMetadataCheck.LEGACY_SCHEMA);
	}

	@Test
	void refusesFileNamesWithPathsOrControlCharacters() {
		assertThat(problems(Map.of(), "../x.pdf")).extracting(FieldProblem::field).containsExactly("fileName");
		assertThat(problems(Map.of(), "a\u0000.pdf")).extracting(FieldProblem::field).containsExactly("fileName");
		assertThat(problems(Map.of(), "x".repeat(252) + ".pdf")).extracting(FieldProblem::code)
			.containsExactly("error.tooLong");
		assertThat(problems(Map.of(), nullable(null))).extracting(FieldProblem::field).containsExactly("content");
	}

	@Test
	void refusesPositionsOutOfRange() {
		assertThat(problems(Map.of("position", 0))).extracting(FieldProblem::field).containsExactly("position");
	}

	@Test
	void valuesOfOnlyInvisibleSpacesAreMissing() {
		for (String blank : List.of("\u00A0", "\u202F \u2007", "\u200B\u200C\u200D", "\u2060\uFEFF",
				" \u00A0\u200B ")) {
			assertThat(problems(Map.of("subject", blank, "organName", blank, "typeName", blank)))
				.as("blank %s", blank.codePoints().mapToObj(Integer::toHexString).toList())
				.extracting(FieldProblem::field, FieldProblem::code)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("typeName", "error.required"),
						org.assertj.core.groups.Tuple.tuple("organName", "error.required"),
						org.assertj.core.groups.Tuple.tuple("subject", "error.required"));
		}
	}

	@Test
	void trimsInvisibleSpacesAroundAValue() {
		Problems problems = new Problems();
		NewDocument d = this.check.check(metadata(Map.of("subject", "\uFEFF\u00A0Về việc lập hồ sơ\u200B")), file(),
				"a.pdf", problems);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(d.subject).isEqualTo("Về việc lập hồ sơ");
	}

	@Test
	void countsLengthsAsStoredAfterComposition() {
		// 500 Vietnamese letters typed decomposed: 1500 UTF-16 units sent, 500 stored.
		String composed = "ế".repeat(500);
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
		assertThat(decomposed.length()).isEqualTo(1500);
		Problems problems = new Problems();
		NewDocument d = this.check.check(metadata(Map.of("subject", decomposed)), file(), "a.pdf", problems);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(d.subject).isEqualTo(composed);
		// U+0958 becomes two characters in NFC: 300 sent, 600 stored, over the 500 limit.
		String lengthened = "\u0958".repeat(300);
		assertThat(Normalizer.normalize(lengthened, Normalizer.Form.NFC)).hasSize(600);
		assertThat(problems(Map.of("subject", lengthened))).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("subject", "error.tooLong"));
	}

	@Test
	void digitisedDocumentNeedsThePaperOriginalCodeOrItsFilesOne() {
		assertThat(problems(Map.of("confidenceLevel", "02"))).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.api.Assertions.tuple("paperFileCode", "error.documentPaperCodeRequired"));
		Problems problems = new Problems();
		NewDocument d = this.check.check(
				metadata(Map.of("confidenceLevel", "02", "paperFileCode", "LTLS.K2-G05-H12.0143")), file(), "a.pdf",
				problems);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(d.paperFileCode).isEqualTo("LTLS.K2-G05-H12.0143");
		RecordFile digitisedFile = file();
		digitisedFile = new RecordFile(digitisedFile.id(), digitisedFile.agencyId(), digitisedFile.agencyCode(), null,
				digitisedFile.fileCode(), 2025, digitisedFile.fileNotation(), digitisedFile.title(), null, null, "06",
				10, "02", "01", null, null, null, null, LocalDate.of(2025, 1, 2), null, "02", null, "LTLS.K1.0007", 0,
				0, 0, FileStatus.OPEN, null, null, false, "TT05/2025", "u", Instant.EPOCH, null, null, null, null, null,
				null, null, null, null);
		NewDocument inherited = this.check.check(metadata(Map.of()), digitisedFile, "a.pdf", new Problems());
		assertThat(inherited.confidenceLevel).isEqualTo("02");
		assertThat(inherited.paperFileCode).as("taken from the digitised file").isEqualTo("LTLS.K1.0007");
	}

	@Test
	void bornDigitalDocumentHasNoPaperOriginalAndCodesHaveNoSpaces() {
		assertThat(problems(Map.of("confidenceLevel", "01", "paperFileCode", "LTLS.K1.1")))
			.extracting(FieldProblem::code)
			.containsExactly("error.documentPaperCodeBornDigital");
		assertThat(problems(Map.of("confidenceLevel", "03", "paperFileCode", "LTLS K1 1")))
			.extracting(FieldProblem::code)
			.containsExactly("error.documentPaperCodeForm");
		assertThat(problems(Map.of("confidenceLevel", "03", "paperFileCode", "LTLS.K1.1"))).isEmpty();
	}

}
