package vn.luutru.content;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Where the PRONOM signatures come from and how far identification reads (properties
 * {@code luutru.content.pronom.*}).
 *
 * @param signatureFile DROID's binary signature file (DROID_SignatureFile_Vnnn.xml, or
 * the same gzipped, name ending in .gz); the bundled V100 when not set
 * @param containerSignatureFile DROID's container signature file
 * (container-signature-yyyymmdd.xml); the one shipped in droid-container when not set
 * @param maxBytesToScan how many bytes from each end a signature may look at; 0 or less
 * reads as far as a signature asks (a PDF/A claim may sit anywhere in the file)
 * @param backfillBatch how many documents captured before identification existed one
 * background step identifies
 * @param narrowedTypes media types (as the capture's inspection detects them) for which
 * only the signatures of that type's formats are tried first: a PDF is then told apart
 * among the PDF versions, PDF/A, PDF/X, PDF/E and PDF/UA (about 30 signatures) instead of
 * against all 1,750; the whole set still runs when none of them matches
 */
@ConfigurationProperties("luutru.content.pronom")
public record PronomSettings(Resource signatureFile, Resource containerSignatureFile, long maxBytesToScan,
		int backfillBatch, List<String> narrowedTypes) {

	static final String BUNDLED_SIGNATURES = "classpath:vn/luutru/content/pronom/DROID_SignatureFile_V100.xml.gz";

	static final String BUNDLED_CONTAINER_SIGNATURES = "classpath:container-signature-20240501.xml";

	public PronomSettings {
		DefaultResourceLoader loader = new DefaultResourceLoader();
		signatureFile = (signatureFile != null) ? signatureFile : loader.getResource(BUNDLED_SIGNATURES);
		containerSignatureFile = (containerSignatureFile != null) ? containerSignatureFile
				: loader.getResource(BUNDLED_CONTAINER_SIGNATURES);
		backfillBatch = (backfillBatch > 0) ? backfillBatch : 200;
		narrowedTypes = (narrowedTypes != null) ? List.copyOf(narrowedTypes) : List.of("application/pdf");
	}

	/** The bundled signature files, no scan limit, PDFs narrowed. */
	public static PronomSettings defaults() {
		return new PronomSettings(null, null, 0, 0, null);
	}

	/** The same settings, these types narrowed (none: every signature for every type). */
	public PronomSettings narrowing(List<String> types) {
		return new PronomSettings(this.signatureFile, this.containerSignatureFile, this.maxBytesToScan,
				this.backfillBatch, types);
	}

}
