package vn.luutru.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.luutru.common.FieldProblem;
import vn.luutru.document.DocumentMetadata;
import vn.luutru.file.FileHistory;
import vn.luutru.file.OpenFileRequest;

/**
 * One data row of the intake sheet: a document, the file it belongs to and the name of
 * its content in the ZIP. {@code values} keeps the cells as read, to give a rejected row
 * back as it came; {@code problems} collects what is wrong with it.
 *
 * @param number the row number as Excel shows it (from 2)
 */
record IntakeRow(int number, Map<IntakeColumn, String> values, OpenFileRequest file, FileHistory history,
		DocumentMetadata document, String contentName, List<FieldProblem> problems) {

	IntakeRow {
		problems = new ArrayList<>(problems);
	}

	String fileNotation() {
		return this.file.fileNotation();
	}

	/** The content's own name, without the folders it sits in within the ZIP. */
	String contentFileName() {
		return (this.contentName == null) ? null : this.contentName.substring(this.contentName.lastIndexOf('/') + 1);
	}

	boolean valid() {
		return this.problems.isEmpty();
	}

}
