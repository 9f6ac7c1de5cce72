package vn.luutru.web;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;

import org.springframework.web.multipart.MultipartException;

import vn.luutru.common.FieldProblem;

/**
 * A multipart body the server could not take apart: oversized, or malformed (no boundary,
 * a boundary never closed, a header that cannot be read).
 */
final class MultipartProblems {

	private MultipartProblems() {
	}

	static boolean tooLarge(MultipartException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SizeException) {
				return true;
			}
		}
		return false;
	}

	static FieldProblem of(MultipartException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			// A NUL in a part's file name: Tomcat refuses to hand the name out.
			if (t instanceof InvalidFileNameException) {
				return FieldProblem.of("fileName", "error.fileName");
			}
		}
		return FieldProblem.of("body", "error.multipartMalformed");
	}

}
