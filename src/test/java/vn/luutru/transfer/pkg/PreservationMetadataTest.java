package vn.luutru.transfer.pkg;

import java.util.List;

import javax.xml.validation.Schema;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.transfer.pkg.PackageFixtures.CONFERENCE_FILE;
import static vn.luutru.transfer.pkg.PackageFixtures.SUBMISSION;
import static vn.luutru.transfer.pkg.TransferPackageWriterTest.pathsEndingWith;

/** PREMIS 3.0 in an AIP, and none in a SIP. */
class PreservationMetadataTest {

	private static final PackageRequest AIP = PackageFixtures.request(PackageType.AIP);

	@Test
	void premisValidatesAgainstSchema() {
		PackageZip zip = PackageZip.write(AIP);
		Schema premis = Xml.premisSchema();
		List<String> premisFiles = pathsEndingWith(zip, ".xml").stream()
			.filter((path) -> path.contains("/preservation/"))
			.toList();

		assertThat(premisFiles).hasSize(4);
		premisFiles.forEach((path) -> Xml.validate(premis, zip.file(path), path));
	}

	@Test
	void premisRecordsFixityFormatOriginalNameAndEventsOfEachDocument() {
		PackageZip zip = PackageZip.write(AIP);
		String conference = zip.manifest().packages().get(CONFERENCE_FILE);
		Document premis = Xml
			.parse(zip.file(conference + "/representations/rep1/metadata/preservation/PREMIS_rep1.xml"));
		String submission = "/premis:premis/premis:object[premis:objectIdentifier/premis:objectIdentifierValue='"
				+ SUBMISSION + "']";

		assertThat(Xml.value(premis, submission + "//premis:fixity/premis:messageDigestAlgorithm"))
			.isEqualTo("SHA-256");
		assertThat(Xml.value(premis, submission + "//premis:fixity/premis:messageDigest"))
			.isEqualToIgnoringCase(zip.manifest().documentSha256().get(SUBMISSION));
		assertThat(Xml.value(premis, submission + "//premis:formatRegistryKey")).isEqualTo("fmt/477");
		assertThat(Xml.value(premis, submission + "/premis:originalName")).isEqualTo("tài liệu 1.pdf");
		assertThat(Xml.value(premis, submission + "/premis:significantProperties/premis:significantPropertiesValue"))
			.isEqualTo("Chánh Văn phòng Nguyễn Văn Thành");
		assertThat(Xml.elements(premis, "/premis:premis/premis:event/premis:eventType")
			.stream()
			.map(Element::getTextContent)
			.distinct())
			.containsExactlyInAnyOrder("capture", "message digest calculation", "fixity check", "validation");
		assertThat(Xml.elements(premis, "/premis:premis/premis:agent/premis:agentType")
			.stream()
			.map(Element::getTextContent)).containsExactlyInAnyOrder("software", "organization", "person");
		Document packagePremis = Xml.parse(zip.file(conference + "/metadata/preservation/PREMIS.xml"));
		assertThat(Xml.value(packagePremis, "/premis:premis/premis:event/premis:eventType"))
			.isEqualTo("information package creation");
	}

	@Test
	void premisRecordsThePronomIdFoundAtCaptureAndStaysValid() {
		PackageFile file = PackageFixtures.file(CONFERENCE_FILE, "Hồ sơ hội nghị tổng kết năm 2024",
				List.of(PackageFixtures.document(SUBMISSION, 1, "15", "Tờ trình", "125", "TTr-VP", "Tờ trình tổng kết",
						null, PackageFixtures.fakePdf("To trinh 125"), "fmt/276"),
						PackageFixtures.document(PackageFixtures.REPORT, 2, "14", "Báo cáo", "310", "BC-VP",
								"Báo cáo tổng kết", "2b", PackageFixtures.fakePdf("Bao cao 310"), "fmt/477")));
		PackageRequest request = new PackageRequest(AIP.packageId(), PackageType.AIP, AIP.submittingAgency(),
				AIP.archive(), AIP.batchCode(), AIP.createdAt(), "LuuTru", "0.1.0", List.of(file));
		PackageZip zip = PackageZip.write(request);
		String premisPath = zip.manifest().packages().get(CONFERENCE_FILE)
				+ "/representations/rep1/metadata/preservation/PREMIS_rep1.xml";
		Xml.validate(Xml.premisSchema(), zip.file(premisPath), premisPath);
		Document premis = Xml.parse(zip.file(premisPath));
		String object = "/premis:premis/premis:object[premis:objectIdentifier/premis:objectIdentifierValue='%s']"
				+ "//premis:format/premis:formatRegistry";

		assertThat(Xml.value(premis, object.formatted(SUBMISSION) + "/premis:formatRegistryName")).isEqualTo("PRONOM");
		assertThat(Xml.value(premis, object.formatted(SUBMISSION) + "/premis:formatRegistryKey")).isEqualTo("fmt/276");
		assertThat(Xml.value(premis, object.formatted(PackageFixtures.REPORT) + "/premis:formatRegistryKey"))
			.isEqualTo("fmt/477");
	}

	@Test
	void sipCarriesNoPreservationMetadata() {
		PackageZip zip = PackageZip.write(PackageFixtures.request(PackageType.SIP));
		String conference = zip.manifest().packages().get(CONFERENCE_FILE);
		Document mets = Xml.parse(zip.file(conference + "/METS.xml"));

		assertThat(zip.files().keySet())
			.noneMatch((path) -> path.contains("PREMIS") || path.endsWith("premis-v3-0.xsd"));
		assertThat(Xml.value(mets, "/mets:mets/mets:metsHdr/@csip:OAISPACKAGETYPE")).isEqualTo("SIP");
		assertThat(Xml.elements(mets, "/mets:mets/mets:amdSec/*")).isEmpty();
		assertThat(Xml.value(Xml.parse(zip.file(conference + "/metadata/descriptive/EAD.xml")), "/simpledc/fileCode"))
			.isEqualTo(CONFERENCE_FILE);
	}

}
