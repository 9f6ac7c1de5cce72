package vn.luutru.transfer.pkg;

import java.io.IOException;

/**
 * A document's content no longer matches the SHA-256 or size recorded at capture: the
 * stored copy has changed, and no package may carry it. The zip being written is
 * incomplete and must be discarded.
 */
public class ContentFixityException extends IOException {

	private final String docCode;

	ContentFixityException(String docCode, String expected, String actual) {
		super("Content of " + docCode + " changed since capture: expected " + expected + ", read " + actual);
		this.docCode = docCode;
	}

	public String docCode() {
		return this.docCode;
	}

}
