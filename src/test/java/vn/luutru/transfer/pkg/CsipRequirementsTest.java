package vn.luutru.transfer.pkg;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.transfer.pkg.PackageFixtures.CONFERENCE_FILE;

/**
 * The E-ARK CSIP 2.0.4 requirements a program can check, on an AIP of the fixture batch.
 */
class CsipRequirementsTest {

	private final PackageZip zip = PackageZip.write(PackageFixtures.request(PackageType.AIP));

	private final String objectId = this.zip.manifest().packages().get(CONFERENCE_FILE);

	private final Document mets = Xml.parse(this.zip.file(this.objectId + "/METS.xml"));

	private final Document representation = Xml.parse(this.zip.file(this.objectId + "/representations/rep1/METS.xml"));

	@Test
	void rootElementIdentifiesThePackageAndItsProfile() {
		// CSIPSTR2, CSIP1, CSIP2, CSIP4, CSIP6
		assertThat(Xml.value(this.mets, "/mets:mets/@OBJID")).isEqualTo(this.objectId);
		assertThat(Xml.value(this.mets, "/mets:mets/@TYPE")).isEqualTo("Mixed");
		assertThat(Xml.value(this.mets, "/mets:mets/@PROFILE"))
			.isEqualTo("https://earkaip.dilcis.eu/profile/E-ARK-AIP.xml");
		assertThat(Xml.value(this.representation, "/mets:mets/@OBJID")).isEqualTo("rep1");
		assertThat(Xml.value(this.representation, "/mets:mets/@csip:CONTENTINFORMATIONTYPE")).isEqualTo("MIXED");
		assertThat(Xml.value(this.representation, "/mets:mets/@PROFILE"))
			.isEqualTo("https://earkaip.dilcis.eu/profile/E-ARK-AIP.xml");
	}

	@Test
	void headerNamesThePackageTypeAndTheCreatingSoftware() {
		for (Document doc : List.of(this.mets, this.representation)) {
			// CSIP117, CSIP7, CSIP9, CSIP10–CSIP16
			assertThat(Xml.value(doc, "/mets:mets/mets:metsHdr/@CREATEDATE"))
				.isEqualTo("2025-08-01T09:30:00.000+07:00");
			assertThat(Xml.value(doc, "/mets:mets/mets:metsHdr/@csip:OAISPACKAGETYPE")).isEqualTo("AIP");
			String software = "/mets:mets/mets:metsHdr/mets:agent[@ROLE='CREATOR' and @TYPE='OTHER'"
					+ " and @OTHERTYPE='SOFTWARE']";
			assertThat(Xml.value(doc, software + "/mets:name")).isEqualTo("LuuTru");
			assertThat(Xml.value(doc, software + "/mets:note[@csip:NOTETYPE='SOFTWARE VERSION']")).isEqualTo("0.1.0");
		}
		assertThat(Xml.value(this.mets, "/mets:mets/mets:metsHdr/mets:agent[@ROLE='PRESERVATION']/mets:name"))
			.isEqualTo("Lưu trữ lịch sử tỉnh Sơn La");
	}

	@Test
	void metadataIsReferencedWithLocationTypeSizeDateAndChecksum() {
		for (Document doc : List.of(this.mets, this.representation)) {
			// CSIP17–CSIP30 and CSIP31–CSIP44
			List<Element> sections = Xml.elements(doc, "//mets:dmdSec | //mets:digiprovMD");
			assertThat(sections).isNotEmpty().allSatisfy((section) -> {
				assertThat(section.getAttribute("ID")).isNotEmpty();
				assertThat(section.getAttribute("CREATED")).isNotEmpty();
				Element ref = (Element) section.getElementsByTagNameNS(MetsXml.NS, "mdRef").item(0);
				assertThat(ref.getAttribute("LOCTYPE")).isEqualTo("URL");
				assertThat(ref.getAttributeNS(MetsXml.XLINK, "type")).isEqualTo("simple");
				assertThat(ref.getAttributeNS(MetsXml.XLINK, "href")).startsWith("metadata/");
				for (String attribute : List.of("MDTYPE", "MIMETYPE", "SIZE", "CREATED", "CHECKSUM")) {
					assertThat(ref.getAttribute(attribute)).as(attribute).isNotEmpty();
				}
				assertThat(ref.getAttribute("CHECKSUMTYPE")).isEqualTo("SHA-256");
			});
		}
		assertThat(Xml.value(this.mets, "//mets:digiprovMD/mets:mdRef/@MDTYPE")).isEqualTo("PREMIS");
	}

	@Test
	void fileSectionListsEveryFileWithItsChecksum() {
		// CSIP58, CSIP59, CSIP113, CSIP114, CSIP62, CSIP64–CSIP72, CSIP76–CSIP79
		assertThat(Xml.elements(this.mets, "/mets:mets/mets:fileSec")).hasSize(1);
		assertThat(Xml.value(this.mets, "/mets:mets/mets:fileSec/@ID")).isNotEmpty();
		assertThat(Xml.value(this.mets, "//mets:fileGrp[@USE='Schemas']/@ID")).isNotEmpty();
		assertThat(Xml.value(this.mets, "//mets:fileGrp[@USE='Representations/rep1']/@csip:CONTENTINFORMATIONTYPE"))
			.isEqualTo("MIXED");
		assertThat(
				Xml.value(this.mets, "//mets:fileGrp[@USE='Representations/rep1']/mets:file/mets:FLocat/@xlink:href"))
			.isEqualTo("representations/rep1/METS.xml");
		for (Document doc : List.of(this.mets, this.representation)) {
			assertThat(Xml.elements(doc, "//mets:fileGrp")).allSatisfy((group) -> {
				assertThat(group.getAttribute("ID")).isNotEmpty();
				assertThat(group.getAttribute("USE")).isNotEmpty();
			});
			assertThat(Xml.elements(doc, "//mets:file")).isNotEmpty().allSatisfy((file) -> {
				for (String attribute : List.of("ID", "MIMETYPE", "SIZE", "CREATED", "CHECKSUM")) {
					assertThat(file.getAttribute(attribute)).as(attribute).isNotEmpty();
				}
				assertThat(file.getAttribute("CHECKSUMTYPE")).isEqualTo("SHA-256");
				assertThat(file.getAttribute("CHECKSUM")).matches("[0-9A-F]{64}");
				Element location = (Element) file.getElementsByTagNameNS(MetsXml.NS, "FLocat").item(0);
				assertThat(location.getAttribute("LOCTYPE")).isEqualTo("URL");
				assertThat(location.getAttributeNS(MetsXml.XLINK, "type")).isEqualTo("simple");
				assertThat(location.getAttributeNS(MetsXml.XLINK, "href")).isNotEmpty();
			});
		}
		assertThat(
				Xml.value(this.representation, "//mets:file[@OWNERID='" + PackageFixtures.SUBMISSION + "']/@MIMETYPE"))
			.isEqualTo("application/pdf");
	}

	@Test
	void structuralMapIsTheCsipOne() {
		for (Document doc : List.of(this.mets, this.representation)) {
			// CSIP80–CSIP86, CSIP88–CSIP90
			String map = "/mets:mets/mets:structMap[@LABEL='CSIP']";
			assertThat(Xml.elements(doc, map)).hasSize(1);
			assertThat(Xml.value(doc, map + "/@TYPE")).isEqualTo("PHYSICAL");
			assertThat(Xml.value(doc, map + "/@ID")).isNotEmpty();
			assertThat(Xml.elements(doc, map + "/mets:div")).hasSize(1);
			assertThat(Xml.value(doc, map + "/mets:div/@LABEL")).isEqualTo(Xml.value(doc, "/mets:mets/@OBJID"));
			assertThat(Xml.value(doc, map + "/mets:div/mets:div[@LABEL='Metadata']/@ID")).isNotEmpty();
			assertThat(Xml.value(doc, map + "/mets:div/mets:div[@LABEL='Metadata']/@DMDID")).isNotEmpty();
			assertThat(Xml.value(doc, map + "/mets:div/mets:div[@LABEL='Metadata']/@ADMID")).isNotEmpty();
		}
		String root = "/mets:mets/mets:structMap[@LABEL='CSIP']/mets:div";
		// CSIP97–CSIP99, CSIP118: the Schemas division points at the Schemas file group.
		assertThat(Xml.value(this.mets, root + "/mets:div[@LABEL='Schemas']/mets:fptr/@FILEID"))
			.isEqualTo(Xml.value(this.mets, "//mets:fileGrp[@USE='Schemas']/@ID"));
		// CSIP105–CSIP112: the representation division points at its METS.
		String representation = root + "/mets:div[@LABEL='Representations/rep1']";
		assertThat(Xml.value(this.mets, representation + "/@ID")).isNotEmpty();
		assertThat(Xml.value(this.mets, representation + "/mets:mptr/@xlink:href"))
			.isEqualTo("representations/rep1/METS.xml");
		assertThat(Xml.value(this.mets, representation + "/mets:mptr/@xlink:title"))
			.isEqualTo(Xml.value(this.mets, "//mets:fileGrp[@USE='Representations/rep1']/@ID"));
		assertThat(Xml.value(this.mets, representation + "/mets:mptr/@xlink:type")).isEqualTo("simple");
		assertThat(Xml.value(this.mets, representation + "/mets:mptr/@LOCTYPE")).isEqualTo("URL");
	}

	@Test
	void idsAreUniqueWithinThePackage() {
		// CSIP18, CSIP33, CSIP65, CSIP67, CSIP83, CSIP85: unique within the package, not
		// only the METS.
		List<String> ids = new ArrayList<>();
		for (Document doc : List.of(this.mets, this.representation)) {
			Xml.elements(doc, "//*[@ID]").forEach((element) -> ids.add(element.getAttribute("ID")));
		}
		Set<String> distinct = new HashSet<>(ids);
		assertThat(distinct).hasSameSizeAs(ids);
	}

}
