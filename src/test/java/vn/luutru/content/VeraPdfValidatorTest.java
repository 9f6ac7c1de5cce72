package vn.luutru.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VeraPdfValidatorTest {

	private final VeraPdfValidator validator = new VeraPdfValidator();

	@Test
	void validatesRealPdfaAsCompliant() throws IOException {
		PdfaResult result = validate(SamplePdfs.pdfA2b("TỜ TRÌNH", 2));
		assertThat(result.status()).isEqualTo("COMPLIANT");
		assertThat(result.flavour()).isEqualTo("2b");
	}

	@Test
	void reportsPlainPdfAsNotPdfa() throws IOException {
		PdfaResult result = validate(SamplePdfs.plainPdf(1));
		assertThat(result.status()).isEqualTo("NOT_PDFA");
		assertThat(result.flavour()).isNull();
	}

	@Test
	void reportsFalseClaimAsNonCompliantNamingFailedRules() throws IOException {
		byte[] withoutOutputIntent;
		try (PDDocument doc = Loader.loadPDF(SamplePdfs.pdfA2b(1))) {
			doc.getDocumentCatalog().getOutputIntents().clear();
			doc.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			withoutOutputIntent = out.toByteArray();
		}
		PdfaResult result = validate(withoutOutputIntent);
		assertThat(result.status()).isEqualTo("NON_COMPLIANT");
		assertThat(result.flavour()).isEqualTo("2b");
		assertThat(result.summary()).startsWith("Not PDF/A-2B").contains("6.2.4.3-");
		assertThat(result.summary().length()).isLessThanOrEqualTo(2000);
	}

	@Test
	void reportsUnreadablePdfAsNonCompliant() throws IOException {
		PdfaResult result = validate(SampleFiles.ascii("%PDF-1.7\nnot really a pdf\n%%EOF\n"));
		assertThat(result.status()).isIn("NON_COMPLIANT", "NOT_PDFA");
	}

	@Test
	void validatesInParallel() throws Exception {
		byte[] pdfa = SamplePdfs.pdfA2b(3);
		byte[] plain = SamplePdfs.plainPdf(3);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 16; i++) {
				byte[] pdf = (i % 2 == 0) ? pdfa : plain;
				results.add(pool.submit(() -> validate(pdf).status()));
			}
			for (int i = 0; i < results.size(); i++) {
				assertThat(results.get(i).get()).isEqualTo((i % 2 == 0) ? "COMPLIANT" : "NOT_PDFA");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void samplePdfsHaveTheRequestedPages() throws IOException {
		try (PDDocument doc = Loader.loadPDF(SamplePdfs.pdfA2b(5))) {
			assertThat(doc.getNumberOfPages()).isEqualTo(5);
		}
		assertThat(SamplePdfs.pdfA2b("BÁO CÁO", 2)).isEqualTo(SamplePdfs.pdfA2b("BÁO CÁO", 2));
	}

	private PdfaResult validate(byte[] pdf) throws IOException {
		return this.validator.validate(new ByteArrayInputStream(pdf));
	}

}
