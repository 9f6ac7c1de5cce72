package vn.luutru.intake;

/** Intake uploads for the tests of other packages. */
public final class IntakeUploads {

	private IntakeUploads() {
	}

	/**
	 * A ZIP of one deposited file with {@code count} documents, each 100 KB of text
	 * (numbered 1, 2, … in "Số của văn bản").
	 */
	public static byte[] manyDocuments(String fileNotation, int count) {
		IntakeZips zips = IntakeZips.current();
		java.util.Random random = new java.util.Random(count);
		for (int i = 1; i <= count; i++) {
			java.util.Map<IntakeColumn, String> row = IntakeZips.document(fileNotation, 1);
			if (i == 1) {
				IntakeZips.depositedFile(row);
			}
			row.put(IntakeColumn.CODE_NUMBER, String.valueOf(i));
			row.put(IntakeColumn.CONTENT_FILE, fileNotation + "/" + i + ".txt");
			byte[] text = new byte[100 * 1024];
			for (int b = 0; b < text.length; b++) {
				text[b] = (byte) ('a' + random.nextInt(26));
			}
			zips.row(row).entry(fileNotation + "/" + i + ".txt", text);
		}
		return zips.zip();
	}

	/** A ZIP with one good document row of a deposited file. */
	public static byte[] oneDocument(String fileNotation) {
		return IntakeZips.current().row(IntakeZips.depositedFile(IntakeZips.document(fileNotation, 1))).zip();
	}

}
