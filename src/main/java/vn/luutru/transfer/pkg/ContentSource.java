package vn.luutru.transfer.pkg;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens a document's content. The writer opens it once, streams it into the package and
 * closes it, so the content never has to fit in memory.
 */
@FunctionalInterface
public interface ContentSource {

	InputStream open() throws IOException;

}
