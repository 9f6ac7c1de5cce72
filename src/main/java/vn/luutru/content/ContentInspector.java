package vn.luutru.content;

import java.io.IOException;
import java.nio.file.Path;

/** Identifies an upload's format from its bytes and checks that it is whole. */
public interface ContentInspector {

	/**
	 * @param file the staged bytes
	 * @param fileName the name the client gave (its extension is a declaration)
	 * @param declaredMediaType the content type the client declared, may be null
	 */
	ContentReport inspect(Path file, String fileName, String declaredMediaType) throws IOException;

}
