package vn.luutru.transfer.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.validation.Schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.luutru.transfer.pkg.PackageFixtures.CONFERENCE_FILE;
import static vn.luutru.transfer.pkg.PackageFixtures.CONFERENCE_TITLE;
import static vn.luutru.transfer.pkg.PackageFixtures.DECISION;
import static vn.luutru.transfer.pkg.PackageFixtures.REPORT;
import static vn.luutru.transfer.pkg.PackageFixtures.STAFF_FILE;
import static vn.luutru.transfer.pkg.PackageFixtures.SUBMISSION;
import static vn.luutru.transfer.pkg.PackageFixtures.SUBMISSION_SUBJECT;

class TransferPackageWriterTest {

	private static final PackageRequest AIP = PackageFixtures.request(PackageType.AIP);

	@Test
	void writesOnePackageFolderPerRecordFileInTheCircularsLayout() {
		PackageZip zip = PackageZip.write(AIP);
		String conference = zip.manifest().packages().get(CONFERENCE_FILE);
		String staff = zip.manifest().packages().get(STAFF_FILE);

		assertThat(zip.manifest().packages()).containsOnlyKeys(CONFERENCE_FILE, STAFF_FILE);
		assertThat(conference).matches("uuid-[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}")
			.isEqualTo(TransferPackageWriter.packageIdOf(AIP.packageId(), CONFERENCE_FILE));
		assertThat(zip.files().keySet())
			.allMatch((path) -> path.startsWith(conference + "/") || path.startsWith(staff + "/"));
		assertThat(filesOf(zip, conference)).containsExactlyInAnyOrder("METS.xml", "metadata/descriptive/EAD.xml",
				"metadata/preservation/PREMIS.xml", "representations/rep1/METS.xml",
				"representations/rep1/data/" + SUBMISSION + ".pdf", "representations/rep1/data/" + REPORT + ".pdf",
				"representations/rep1/metadata/descriptive/EAD_doc_" + SUBMISSION + ".xml",
				"representations/rep1/metadata/descriptive/EAD_doc_" + REPORT + ".xml",
				"representations/rep1/metadata/preservation/PREMIS_rep1.xml", "schemas/mets.xsd", "schemas/xlink.xsd",
				"schemas/DILCISExtensionMETS.xsd", "schemas/premis-v3-0.xsd", "schemas/ead.xsd", "schemas/ead_doc.xsd");
		assertThat(filesOf(zip, staff)).contains("representations/rep1/data/" + DECISION + ".pdf");
		// CSIP 4.1: the folders of the structure are there even when empty.
		assertThat(zip.folders()).contains(conference + "/documentation/", conference + "/metadata/preservation/",
				conference + "/representations/rep1/metadata/preservation/");
	}

	@ParameterizedTest
	@EnumSource(PackageType.class)
	void metsValidatesAgainstSchema(PackageType type) {
		PackageZip zip = PackageZip.write(PackageFixtures.request(type));
		Schema mets = Xml.metsSchema();
		List<String> metsFiles = pathsEndingWith(zip, "/METS.xml");

		assertThat(metsFiles).hasSize(4);
		metsFiles.forEach((path) -> Xml.validate(mets, zip.file(path), path));
	}

	@Test
	void descriptiveXmlKeepsTheVietnameseText() {
		PackageZip zip = PackageZip.write(AIP);
		String conference = zip.manifest().packages().get(CONFERENCE_FILE);
		byte[] ead = zip.file(conference + "/metadata/descriptive/EAD.xml");
		byte[] eadDoc = zip
			.file(conference + "/representations/rep1/metadata/descriptive/EAD_doc_" + SUBMISSION + ".xml");

		assertThat(new String(ead, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains(CONFERENCE_TITLE, "<!-- Vĩnh viễn -->");
		Document file = Xml.parse(ead);
		assertThat(Xml.value(file, "/simpledc/title")).isEqualTo(CONFERENCE_TITLE);
		assertThat(Xml.value(file, "/simpledc/arcFileCode")).isEqualTo("000.00.40.H53." + CONFERENCE_FILE);
		assertThat(Xml.value(file, "/simpledc/maintenance")).isEqualTo("01");
		assertThat(Xml.value(file, "/simpledc/startDate")).isEqualTo("08/01/2024");
		assertThat(Xml.value(file, "/simpledc/description")).isEqualTo("Người lập hồ sơ: Lò Thị Hương");
		assertThat(Xml.elements(file, "/simpledc/*")).hasSize(18);
		Document doc = Xml.parse(eadDoc);
		assertThat(Xml.value(doc, "/simpledc/subject")).isEqualTo(SUBMISSION_SUBJECT);
		assertThat(Xml.value(doc, "/simpledc/organName")).isEqualTo("Văn phòng Ủy ban nhân dân tỉnh Sơn La");
		assertThat(Xml.value(doc, "/simpledc/docCode")).isEqualTo(CONFERENCE_FILE + ".0000001");
		assertThat(Xml.value(doc, "/simpledc/issuedDate")).isEqualTo("01/12/2024");
	}

	@ParameterizedTest
	@EnumSource(PackageType.class)
	void descriptiveXmlValidatesAgainstTheSchemasInThePackage(PackageType type) {
		PackageZip zip = PackageZip.write(PackageFixtures.request(type));
		String staff = zip.manifest().packages().get(STAFF_FILE);
		Schema fileSchema = Xml.schema(zip.file(staff + "/schemas/ead.xsd"));
		Schema documentSchema = Xml.schema(zip.file(staff + "/schemas/ead_doc.xsd"));
		byte[] eadDoc = zip.file(staff + "/representations/rep1/metadata/descriptive/EAD_doc_" + DECISION + ".xml");

		Xml.validate(fileSchema, zip.file(staff + "/metadata/descriptive/EAD.xml"), "EAD.xml");
		Xml.validate(documentSchema, eadDoc, "EAD_doc");
		// SIP: the 21 fields of EAD_doc; AIP: the 19 of Appendix I.
		assertThat(Xml.elements(Xml.parse(eadDoc), "/simpledc/*")).hasSize((type == PackageType.SIP) ? 21 : 19);
	}

	@Test
	void everyChecksumInMetsIsTheSha256OfTheBytesInTheZipAndOfTheInput() throws IOException {
		PackageZip zip = PackageZip.write(AIP);
		int checked = 0;
		for (String metsPath : pathsEndingWith(zip, "/METS.xml")) {
			String base = metsPath.substring(0, metsPath.lastIndexOf('/') + 1);
			Document mets = Xml.parse(zip.file(metsPath));
			for (Element file : Xml.elements(mets, "//mets:file | //mets:mdRef")) {
				Element location = file.getLocalName().equals("file")
						? (Element) file.getElementsByTagNameNS(MetsXml.NS, "FLocat").item(0) : file;
				byte[] bytes = zip.file(base + location.getAttributeNS(MetsXml.XLINK, "href"));
				assertThat(file.getAttribute("CHECKSUMTYPE")).isEqualTo("SHA-256");
				assertThat(file.getAttribute("CHECKSUM")).isEqualToIgnoringCase(PackageFixtures.sha256(bytes));
				assertThat(file.getAttribute("SIZE")).isEqualTo(String.valueOf(bytes.length));
				checked++;
			}
		}
		// Every file but the two package METS is listed by a METS.
		assertThat(checked).isEqualTo(zip.files().size() - 2);
		for (PackageFile file : AIP.files()) {
			for (PackageDocument doc : file.documents()) {
				byte[] input;
				try (InputStream in = doc.content().source().open()) {
					input = in.readAllBytes();
				}
				String data = zip.manifest().packages().get(file.fileCode()) + "/representations/rep1/data/"
						+ doc.docCode() + ".pdf";
				assertThat(PackageFixtures.sha256(zip.file(data))).isEqualTo(PackageFixtures.sha256(input))
					.isEqualTo(zip.manifest().documentSha256().get(doc.docCode()));
			}
		}
	}

	@Test
	void manifestListsEveryFileOfTheZipWithItsChecksum() {
		PackageZip zip = PackageZip.write(AIP);
		Map<String, String> listed = zip.manifest()
			.entries()
			.stream()
			.collect(Collectors.toMap(PackageManifest.Entry::path, PackageManifest.Entry::sha256));

		assertThat(listed).hasSize(zip.files().size());
		zip.files().forEach((path, bytes) -> assertThat(listed).containsEntry(path, PackageFixtures.sha256(bytes)));
		assertThat(zip.manifest().totalSize()).isEqualTo(zip.bytes().length);
		assertThat(zip.manifest().zipSha256()).isEqualTo(PackageFixtures.sha256(zip.bytes()));
		assertThat(zip.manifest().documentSha256()).containsOnlyKeys(SUBMISSION, REPORT, DECISION);
	}

	@Test
	void writesTheSameZipForTheSameRequest() {
		assertThat(PackageZip.write(AIP).bytes()).isEqualTo(PackageZip.write(AIP).bytes());
	}

	@Test
	void refusesContentThatChangedSinceCapture() {
		PackageDocument changed = PackageFixtures.document(SUBMISSION, 1, "15", "Tờ trình", "125", "TTr-VP",
				SUBMISSION_SUBJECT, null, PackageFixtures.fakePdf("bản đã bị sửa"));
		DocumentContent captured = new DocumentContent(PackageFixtures.sha256(PackageFixtures.fakePdf("bản gốc")),
				changed.content().size(), "application/pdf", "to-trinh.pdf", null, PackageFixtures.CREATED,
				"lothihuong", changed.content().source());
		PackageDocument document = new PackageDocument(SUBMISSION, 1, "15", "Tờ trình", "125", "TTr-VP", null,
				SUBMISSION_SUBJECT, null, "01", 3, null, null, "01", "01", null, "01", null, null, "TT05-2025",
				captured);
		PackageRequest request = new PackageRequest(AIP.packageId(), PackageType.AIP, PackageFixtures.OFFICE,
				PackageFixtures.ARCHIVE, "NL01", PackageFixtures.CREATED, "LuuTru", "0.1.0",
				List.of(PackageFixtures.file(CONFERENCE_FILE, CONFERENCE_TITLE, List.of(document))));
		TransferPackageWriter writer = new TransferPackageWriter(SchemaFiles.onClasspath("schemas"));

		assertThatThrownBy(() -> writer.write(request, new ByteArrayOutputStream()))
			.isInstanceOf(ContentFixityException.class)
			.hasMessageContaining(SUBMISSION)
			.extracting((ex) -> ((ContentFixityException) ex).docCode())
			.isEqualTo(SUBMISSION);
	}

	@Test
	void refusesToStartWithoutTheSchemas() {
		assertThatThrownBy(() -> new TransferPackageWriter(SchemaFiles.onClasspath("no-such-folder")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("mets.xsd");
	}

	static List<String> pathsEndingWith(PackageZip zip, String suffix) {
		return zip.files().keySet().stream().filter((path) -> path.endsWith(suffix)).toList();
	}

	static List<String> filesOf(PackageZip zip, String objectId) {
		List<String> files = new ArrayList<>();
		for (String path : zip.files().keySet()) {
			if (path.startsWith(objectId + "/")) {
				files.add(path.substring(objectId.length() + 1));
			}
		}
		return files;
	}

}
