package vn.luutru.content;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Keeps a document LuuTru generates (a list, a package, minutes) in the content store: it
 * is written to the store's staging area first, so that even a large package never sits
 * in memory, and a node killed while writing leaves nothing outside the store.
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
		StagedContent staged = store.stage(writer);
		store.commit(staged);
		return staged;
	}

}
