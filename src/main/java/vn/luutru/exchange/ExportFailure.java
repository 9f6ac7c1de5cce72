package vn.luutru.exchange;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;

import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

import vn.luutru.common.ProblemTexts;
import vn.luutru.transfer.pkg.ContentFixityException;

/**
 * Why one file of a national export could not be exported, in Vietnamese and English: a
 * document's content missing from the store or changed since capture, metadata the
 * package writer refuses, or anything else that stops its package.
 */
record ExportFailure(String reason, String reasonEn) {

	private static final int MAX = 2000;

	/**
	 * Whether the failure belongs to the file (recorded, the run goes on) rather than to
	 * the database of the moment (the run stops and is taken up again by the next call).
	 */
	static boolean ofTheFile(RuntimeException ex) {
		return !(ex instanceof TransientDataAccessException) && !(ex instanceof RecoverableDataAccessException);
	}

	static ExportFailure of(Throwable ex, ProblemTexts texts) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ContentFixityException fixity) {
				return of(texts, "nationalExport.failed.contentChanged", fixity.docCode());
			}
			if (t instanceof NoSuchFileException missing) {
				return of(texts, "nationalExport.failed.contentMissing", objectOf(missing.getFile()));
			}
			if (t instanceof FileNotFoundException missing) {
				return of(texts, "nationalExport.failed.contentMissing", objectOf(missing.getMessage()));
			}
			if (t instanceof IllegalArgumentException refused) {
				return of(texts, "nationalExport.failed.metadata", String.valueOf(refused.getMessage()));
			}
		}
		return of(texts, "nationalExport.failed.package", ex.getClass().getSimpleName() + ": " + ex.getMessage());
	}

	private static ExportFailure of(ProblemTexts texts, String code, String detail) {
		return new ExportFailure(bounded(texts.vi(code, detail)), bounded(texts.en(code, detail)));
	}

	/** The stored object's name (its SHA-256), not where the store keeps it. */
	private static String objectOf(String path) {
		if (path == null) {
			return "?";
		}
		String name = path.contains(" (") ? path.substring(0, path.indexOf(" (")) : path;
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	}

	private static String bounded(String text) {
		return (text.length() > MAX) ? text.substring(0, MAX - 1) + "…" : text;
	}

}
