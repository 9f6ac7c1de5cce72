package vn.luutru.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A complete export in a temporary file, deleted once it has been read.
 *
 * @param fileName the name the download takes, e.g. the file code + ".pdf"
 */
public record ExportOutput(Path path, String fileName, String mediaType) {

	public long size() throws IOException {
		return Files.size(this.path);
	}

	/** The bytes; the temporary file goes when the stream is closed. */
	public InputStream open() throws IOException {
		return Files.newInputStream(this.path, StandardOpenOption.DELETE_ON_CLOSE);
	}

}
