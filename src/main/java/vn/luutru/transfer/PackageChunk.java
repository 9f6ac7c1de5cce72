package vn.luutru.transfer;

import vn.luutru.process.StepProgress;

/**
 * Where a batch's packaging stands after one step.
 *
 * @param outcome whether files are left, the package is kept, or nothing was to package
 * @param packageSha256 the kept package's checksum once PACKAGED
 * @param progress record files packaged of those on the list (null when EMPTY)
 */
public record PackageChunk(Outcome outcome, String packageSha256, StepProgress progress) {

	public enum Outcome {

		/** Files are left to package: another step follows. */
		MORE,
		/** The batch's package is kept with it. */
		PACKAGED,
		/** Every file on the approved list was put on hold: the batch ended EMPTY. */
		EMPTY

	}

	static PackageChunk more(StepProgress progress) {
		return new PackageChunk(Outcome.MORE, null, progress);
	}

	static PackageChunk packaged(String sha256, StepProgress progress) {
		return new PackageChunk(Outcome.PACKAGED, sha256, progress);
	}

	static PackageChunk empty() {
		return new PackageChunk(Outcome.EMPTY, null, null);
	}

}
