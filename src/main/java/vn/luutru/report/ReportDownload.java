package vn.luutru.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A report ready to stream: its file name and what writes it. Checks and access have been
 * done when it exists; the rows are read while it writes.
 */
record ReportDownload(String fileName, Writer writer) {

	@FunctionalInterface
	interface Writer {

		void write(OutputStream out) throws IOException;

	}

}
