package vn.luutru.transfer.pkg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.luutru.transfer.pkg.FixityReport.DocumentFixity;
import vn.luutru.transfer.pkg.FixityReport.Problem.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.transfer.pkg.PackageFixtures.CONFERENCE_FILE;
import static vn.luutru.transfer.pkg.PackageFixtures.DECISION;
import static vn.luutru.transfer.pkg.PackageFixtures.REPORT;
import static vn.luutru.transfer.pkg.PackageFixtures.STAFF_FILE;
import static vn.luutru.transfer.pkg.PackageFixtures.SUBMISSION;

class TransferPackageVerifierTest {

	private final TransferPackageVerifier verifier = new TransferPackageVerifier();

	@ParameterizedTest
	@EnumSource(PackageType.class)
	void reportsIntactPackage(PackageType type) throws IOException {
		PackageZip zip = PackageZip.write(PackageFixtures.request(type));

		FixityReport report = verify(zip.bytes());

		assertThat(report.problems()).isEmpty();
		assertThat(report.intact()).isTrue();
		assertThat(report.documents()).extracting(DocumentFixity::docCode)
			.containsExactlyInAnyOrder(SUBMISSION, REPORT, DECISION);
		assertThat(report.documents()).allSatisfy((doc) -> {
			assertThat(doc.intact()).isTrue();
			assertThat(doc.computedSha256()).isEqualTo(doc.declaredSha256())
				.isEqualTo(zip.manifest().documentSha256().get(doc.docCode()));
			assertThat(doc.premisSha256()).isEqualTo((type == PackageType.AIP) ? doc.computedSha256() : null);
		});
	}

	@Test
	void reportsTamperedDocument() throws IOException {
		PackageZip zip = PackageZip.write(PackageFixtures.request(PackageType.AIP));
		String submission = dataPath(zip, CONFERENCE_FILE, SUBMISSION);
		String decision = dataPath(zip, STAFF_FILE, DECISION);

		FixityReport report = verify(zip.tampered(Map.of(submission, flipLastByte(), decision, (bytes) -> null)));

		assertThat(report.intact()).isFalse();
		assertThat(report.docCodes(Kind.CHECKSUM_MISMATCH)).containsExactly(SUBMISSION);
		assertThat(report.docCodes(Kind.PREMIS_MISMATCH)).containsExactly(SUBMISSION);
		assertThat(report.docCodes(Kind.MISSING)).containsExactly(DECISION);
		assertThat(report.problems()).extracting(FixityReport.Problem::path).containsOnly(submission, decision);
		assertThat(report.documents()).filteredOn(DocumentFixity::intact)
			.extracting(DocumentFixity::docCode)
			.containsExactly(REPORT);
		DocumentFixity changed = report.documents()
			.stream()
			.filter((doc) -> doc.docCode().equals(SUBMISSION))
			.findFirst()
			.orElseThrow();
		assertThat(changed.declaredSha256()).isEqualTo(zip.manifest().documentSha256().get(SUBMISSION))
			.isNotEqualTo(changed.computedSha256());
	}

	@Test
	void reportsFileListedByNoMets() throws IOException {
		PackageZip zip = PackageZip.write(PackageFixtures.request(PackageType.SIP));
		String submission = dataPath(zip, CONFERENCE_FILE, SUBMISSION);
		String stray = submission.replace(SUBMISSION, CONFERENCE_FILE + ".9");
		Map<String, byte[]> files = new java.util.LinkedHashMap<>(zip.files());
		files.put(stray, PackageFixtures.fakePdf("Tài liệu không có trong METS"));
		PackageZip withStray = new PackageZip(zip.bytes(), zip.manifest(), files, zip.folders());

		FixityReport report = verify(withStray.tampered(Map.of()));

		assertThat(report.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(Kind.UNLISTED);
			assertThat(problem.path()).isEqualTo(stray);
			assertThat(problem.docCode()).isEqualTo(CONFERENCE_FILE + ".9");
		});
	}

	@Test
	void reportsChangedMetadataWithoutADocCode() throws IOException {
		PackageZip zip = PackageZip.write(PackageFixtures.request(PackageType.AIP));
		String ead = zip.manifest().packages().get(STAFF_FILE) + "/metadata/descriptive/EAD.xml";
		UnaryOperator<byte[]> retitle = (bytes) -> new String(bytes, StandardCharsets.UTF_8)
			.replace("tổ chức cán bộ", "tổ chức bộ máy")
			.getBytes(StandardCharsets.UTF_8);

		FixityReport report = verify(zip.tampered(Map.of(ead, retitle)));

		assertThat(report.problems()).extracting(FixityReport.Problem::kind, FixityReport.Problem::path)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.CHECKSUM_MISMATCH, ead));
		assertThat(report.problems().get(0).docCode()).isNull();
		assertThat(report.documents()).allMatch(DocumentFixity::intact);
	}

	private FixityReport verify(byte[] zip) throws IOException {
		return this.verifier.verify(new ByteArrayInputStream(zip));
	}

	private static String dataPath(PackageZip zip, String fileCode, String docCode) {
		return zip.manifest().packages().get(fileCode) + "/representations/rep1/data/" + docCode + ".pdf";
	}

	private static UnaryOperator<byte[]> flipLastByte() {
		return (bytes) -> {
			byte[] copy = bytes.clone();
			copy[copy.length - 1] ^= 0x01;
			return copy;
		};
	}

}
