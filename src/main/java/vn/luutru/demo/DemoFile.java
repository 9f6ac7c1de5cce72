package vn.luutru.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A demo record file with its documents.
 *
 * @param clerk the demo login that opens it
 * @param ruleCode the retention schedule item of its plan item; null for a file outside
 * the plan, which then carries its own maintenance code
 * @param close whether the work has ended
 */
record DemoFile(String clerk, int year, String notation, String heading, String title, String ruleCode,
		String maintenanceCode, LocalDate startDate, boolean close, List<DemoDocument> documents) {

	/** A document of a demo file; {@code sample} names a PDF under classpath:demo/. */
	record DemoDocument(String typeName, String codeNumber, String codeNotation, LocalDate issuedDate, String organName,
			String subject, int pages, String sample) {

	}

}
