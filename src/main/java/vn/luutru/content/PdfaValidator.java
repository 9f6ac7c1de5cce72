package vn.luutru.content;

import java.io.IOException;
import java.io.InputStream;

/** Checks PDF/A conformance of a PDF. */
public interface PdfaValidator {

	PdfaResult validate(InputStream pdf) throws IOException;

}
