package vn.luutru.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a document LuuTru generates (a list, a package, minutes) in the content store: it
 * is written to a temporary file first, so that even a large package never sits in
 * memory.
 */
public final class GeneratedContent {

	private GeneratedContent() {
	}

	/** Writes the bytes once. */
	@FunctionalInterface
	public interface Writer {

		void write(OutputStream out) throws IOException;

	}

	/** Stores what the writer produces and returns its checksum and size. */
	public static StagedContent store(ContentStore store, Writer writer) throws IOException {
		Path tmp = Files.createTempFile("luutru-generated-", ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(tmp)) {
				writer.write(out);
			}
			StagedContent staged;
			try (InputStream in = Files.newInputStream(tmp)) {
				staged = store.stage(in);
			}
			store.commit(staged);
			return staged;
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

}
