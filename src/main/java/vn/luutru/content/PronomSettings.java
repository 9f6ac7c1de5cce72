package vn.luutru.content;

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
 */
@ConfigurationProperties("luutru.content.pronom")
public record PronomSettings(Resource signatureFile, Resource containerSignatureFile, long maxBytesToScan,
		int backfillBatch) {

	static final String BUNDLED_SIGNATURES = "classpath:vn/luutru/content/pronom/DROID_SignatureFile_V100.xml.gz";

	static final String BUNDLED_CONTAINER_SIGNATURES = "classpath:container-signature-20240501.xml";

	public PronomSettings {
		DefaultResourceLoader loader = new DefaultResourceLoader();
		signatureFile = (signatureFile != null) ? signatureFile : loader.getResource(BUNDLED_SIGNATURES);
		containerSignatureFile = (containerSignatureFile != null) ? containerSignatureFile
				: loader.getResource(BUNDLED_CONTAINER_SIGNATURES);
		backfillBatch = (backfillBatch > 0) ? backfillBatch : 200;
	}

	/** The bundled signature files, no scan limit. */
	public static PronomSettings defaults() {
		return new PronomSettings(null, null, 0, 0);
	}

}
