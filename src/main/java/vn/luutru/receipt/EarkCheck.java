package vn.luutru.receipt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.roda_project.commons_ip2.validator.EARKSIPValidator;
import org.roda_project.commons_ip2.validator.reporter.ValidationReportOutputJson;
import org.xml.sax.SAXException;

import org.springframework.stereotype.Component;

/**
 * The E-ARK reference validator (commons-ip2, as RODA and the DILCIS board publish it),
 * run in this process on one package as a peer archive runs it: the CSIP/SIP
 * specification {@value #SPECIFICATION}, its JSON report read back for the MUST
 * requirements that failed.
 */
@Component
public class EarkCheck {

	static final String SPECIFICATION = "2.2.0";

	private final ObjectMapper json = new ObjectMapper();

	/**
	 * The MUST requirements the package fails, each as its id and the validator's issues;
	 * empty when it is valid.
	 * @param packageZip a ZIP holding one package folder
	 */
	public List<Failure> mustFailures(Path packageZip) throws IOException {
		Path report = Files.createTempFile("eark-report", ".json");
		try {
			boolean valid;
			try (OutputStream out = Files.newOutputStream(report)) {
				ValidationReportOutputJson output = new ValidationReportOutputJson(packageZip, out);
				valid = new EARKSIPValidator(output, SPECIFICATION).validate(SPECIFICATION);
			}
			catch (ParserConfigurationException | SAXException ex) {
				throw new IOException("the E-ARK validator did not run", ex);
			}
			List<Failure> failures = new ArrayList<>();
			for (JsonNode requirement : this.json.readTree(report.toFile()).path("validation")) {
				JsonNode testing = requirement.path("testing");
				if ("MUST".equals(requirement.path("level").asText())
						&& "FAILED".equals(testing.path("outcome").asText())) {
					failures.add(new Failure(requirement.path("id").asText(), issues(testing.path("issues"))));
				}
			}
			if (!valid && failures.isEmpty()) {
				failures.add(new Failure("INVALID", "the validator found the package invalid"));
			}
			return failures;
		}
		finally {
			Files.deleteIfExists(report);
		}
	}

	private static String issues(JsonNode issues) {
		List<String> texts = new ArrayList<>();
		for (JsonNode issue : issues) {
			String text = issue.isTextual() ? issue.asText() : issue.path("message").asText(issue.toString());
			texts.add(text);
		}
		String joined = String.join("; ", texts);
		return (joined.length() > 1500) ? joined.substring(0, 1500) + "…" : joined;
	}

	/** A MUST requirement failed: its id (e.g. CSIP17) and what the validator says. */
	public record Failure(String requirement, String issues) {

	}

}
