package vn.luutru.intake;

/** Intake uploads for the tests of other packages. */
public final class IntakeUploads {

	private IntakeUploads() {
	}

	/** A ZIP with one good document row of a deposited file. */
	public static byte[] oneDocument(String fileNotation) {
		return IntakeZips.current().row(IntakeZips.depositedFile(IntakeZips.document(fileNotation, 1))).zip();
	}

}
