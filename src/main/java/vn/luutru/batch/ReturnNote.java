package vn.luutru.batch;

/**
 * Why a batch's files went back: the reviewer's own words, kept whole, and beside them
 * the fixity check's finding when the package failed it. Fits the note columns (2,000
 * characters): the finding is what gets cut.
 */
final class ReturnNote {

	static final int MAX_LENGTH = 2000;

	static final String NOT_APPROVED = "Không được duyệt / Not approved";

	static final String FIXITY = "Sai mã kiểm tra / checksum mismatch: ";

	private ReturnNote() {
	}

	static String of(Object comment, Object fixityReport) {
		String words = (comment == null || comment.toString().isBlank()) ? null : comment.toString().strip();
		if (fixityReport == null) {
			return (words != null) ? cut(words) : NOT_APPROVED;
		}
		String finding = FIXITY + fixityReport;
		return cut((words != null) ? words + "\n" + finding : finding);
	}

	private static String cut(String note) {
		return (note.length() <= MAX_LENGTH) ? note : note.substring(0, MAX_LENGTH - 1) + "…";
	}

}
