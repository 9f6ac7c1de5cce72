package vn.luutru.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.validators.ValidatorBuilder;

import org.springframework.stereotype.Component;

/**
 * Validates a PDF against the PDF/A flavour its XMP claims, with veraPDF's greenfield
 * parser. A parser and a validator are made per call, so calls may run in parallel. The
 * first call loads veraPDF's profiles (about a second).
 */
@Component
class VeraPdfValidator implements PdfaValidator {

	static final String COMPLIANT = "COMPLIANT";

	static final String NON_COMPLIANT = "NON_COMPLIANT";

	static final String NOT_PDFA = "NOT_PDFA";

	static final int MAX_SUMMARY = 2000;

	/** Stop after this many failed checks: the summary names only the first rules. */
	private static final int MAX_FAILS = 100;

	private static final int RULES_IN_SUMMARY = 5;

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Override
	public PdfaResult validate(InputStream pdf) throws IOException {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf)) {
			// The parser lists what the XMP claims; empty means no PDF/A identification.
			// getFlavour() would throw on an empty list.
			PDFAFlavour flavour = parser.getFlavours()
				.stream()
				.filter((f) -> f.getPart().getFamily() == PDFAFlavour.SpecificationFamily.PDF_A)
				.findFirst()
				.orElse(null);
			if (flavour == null) {
				return new PdfaResult(NOT_PDFA, null, "The PDF claims no PDF/A part in its XMP metadata");
			}
			PDFAValidator validator = ValidatorBuilder.defaultBuilder()
				.flavour(flavour)
				.maxFails(MAX_FAILS)
				.maxNumberOfDisplayedFailedChecks(1)
				.logPassedChecks(false)
				.showErrorMessages(false)
				.build();
			ValidationResult result = validator.validate(parser);
			return result.isCompliant() ? new PdfaResult(COMPLIANT, flavour.getId(), "PDF/A-" + label(flavour))
					: new PdfaResult(NON_COMPLIANT, flavour.getId(), failures(flavour, result));
		}
		catch (EncryptedPdfException ex) {
			return new PdfaResult(NON_COMPLIANT, null, "The PDF is encrypted; PDF/A forbids encryption");
		}
		catch (ModelParsingException ex) {
			// A PDF that veraPDF cannot parse cannot be PDF/A; a business outcome, not a
			// retry.
			return new PdfaResult(NON_COMPLIANT, null, clip("The PDF cannot be parsed: " + ex.getMessage()));
		}
		catch (ValidationException ex) {
			throw new IOException("veraPDF could not validate the PDF", ex);
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			// PDFAParser.close() declares Exception.
			throw new IOException("veraPDF failed", ex);
		}
	}

	private static String failures(PDFAFlavour flavour, ValidationResult result) {
		Map<RuleId, String> rules = new LinkedHashMap<>();
		for (TestAssertion assertion : result.getTestAssertions()) {
			if (assertion.getStatus() == TestAssertion.Status.FAILED) {
				rules.putIfAbsent(assertion.getRuleId(), assertion.getMessage());
			}
		}
		int checks = result.getFailedChecks().values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder summary = new StringBuilder("Not PDF/A-").append(label(flavour)).append(": ");
		summary.append((checks >= MAX_FAILS) ? "at least " : "").append(checks).append(" failed checks of ");
		summary.append(rules.size()).append((rules.size() == 1) ? " rule" : " rules");
		rules.entrySet().stream().limit(RULES_IN_SUMMARY).forEach((rule) -> {
			RuleId id = rule.getKey();
			summary.append("; ").append(id.getClause()).append('-').append(id.getTestNumber()).append(' ');
			summary.append(rule.getValue());
		});
		return clip(summary.toString());
	}

	private static String label(PDFAFlavour flavour) {
		return flavour.getId().toUpperCase(Locale.ROOT);
	}

	private static String clip(String text) {
		return (text.length() <= MAX_SUMMARY) ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
	}

}
