package vn.luutru.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.roda_project.commons_ip2.validator.EARKSIPValidator;
import org.roda_project.commons_ip2.validator.reporter.ValidationReportOutputJson;

/**
 * The E-ARK reference validator (commons-ip2, the one RODA and the DILCIS board publish),
 * run as a peer archive would run it on a package LuuTru wrote: its default
 * specification, CSIP/SIP/AIP 2.2.0, and its JSON report read back.
 */
public final class EarkValidator {

	/** The specification version the validator checks by default. */
	public static final String SPECIFICATION = "2.2.0";

	private EarkValidator() {
	}

	/**
	 * The MUST requirements one package fails, each as "id: messages"; empty when the
	 * validator finds the package valid.
	 * @param packageZip a ZIP holding one package folder
	 */
	public static List<String> mustErrors(Path packageZip) {
		try {
			Path report = Files.createTempFile("eark-report", ".json");
			try {
				boolean valid;
				try (OutputStream out = Files.newOutputStream(report)) {
					ValidationReportOutputJson json = new ValidationReportOutputJson(packageZip, out);
					valid = new EARKSIPValidator(json, SPECIFICATION).validate(SPECIFICATION);
				}
				List<String> errors = new ArrayList<>();
				for (JsonNode requirement : new ObjectMapper().readTree(report.toFile()).path("validation")) {
					JsonNode testing = requirement.path("testing");
					if ("MUST".equals(requirement.path("level").asText())
							&& "FAILED".equals(testing.path("outcome").asText())) {
						errors.add(requirement.path("id").asText() + ": " + testing.path("issues"));
					}
				}
				if (!valid && errors.isEmpty()) {
					errors.add("INVALID without a failed MUST requirement: " + Files.readString(report));
				}
				return errors;
			}
			finally {
				Files.deleteIfExists(report);
			}
		}
		catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException ex) {
			throw new IllegalStateException("The E-ARK validator did not run on " + packageZip, ex);
		}
	}

	/**
	 * Splits a ZIP holding several package folders (a batch as LuuTru stored it) into one
	 * ZIP per package, in {@code dir}; answers them by package folder name.
	 */
	public static Map<String, Path> splitPackages(byte[] zip, Path dir) {
		Map<String, ZipOutputStream> outs = new LinkedHashMap<>();
		Map<String, Path> paths = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String folder = entry.getName().substring(0, entry.getName().indexOf('/'));
				ZipOutputStream out = outs.get(folder);
				if (out == null) {
					Path path = dir.resolve(folder + ".zip");
					paths.put(folder, path);
					out = new ZipOutputStream(Files.newOutputStream(path));
					outs.put(folder, out);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(out);
				out.closeEntry();
			}
			for (ZipOutputStream out : outs.values()) {
				out.close();
			}
			return paths;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
