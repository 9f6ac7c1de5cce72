package vn.luutru.transfer.pkg;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link TransferPackageVerifier} found: every document's declared and recomputed
 * checksums, and every problem with the package's files.
 *
 * @param documents one line per data file declared in a representation METS
 * @param problems empty when the package is intact
 */
public record FixityReport(List<DocumentFixity> documents, List<Problem> problems) {

	public FixityReport {
		documents = List.copyOf(documents);
		problems = List.copyOf(problems);
	}

	public boolean intact() {
		return this.problems.isEmpty();
	}

	/** The documents with a problem of the given kind, sorted. */
	public Set<String> docCodes(Problem.Kind kind) {
		Set<String> codes = new TreeSet<>();
		for (Problem problem : this.problems) {
			if (problem.kind() == kind && problem.docCode() != null) {
				codes.add(problem.docCode());
			}
		}
		return codes;
	}

	/**
	 * A data file and its checksums (lower-case hex).
	 *
	 * @param packageId the OBJID (root folder) of its package
	 * @param path its path in the zip
	 * @param declaredSha256 from the representation METS ({@code file/@CHECKSUM})
	 * @param premisSha256 from PREMIS fixity (AIP); null in a SIP
	 * @param computedSha256 of the bytes in the zip; null when the file is missing
	 */
	public record DocumentFixity(String packageId, String docCode, String path, String declaredSha256,
			String premisSha256, String computedSha256) {

		public boolean intact() {
			return this.computedSha256 != null && this.computedSha256.equals(this.declaredSha256)
					&& (this.premisSha256 == null || this.premisSha256.equals(this.computedSha256));
		}

	}

	/**
	 * Something wrong with a file of the package.
	 *
	 * @param path the file's path in the zip
	 * @param docCode the document, when the file is a document's content
	 * @param detail what was expected and found
	 */
	public record Problem(Kind kind, String path, String docCode, String detail) {

		public enum Kind {

			/** Declared in a METS but not in the zip. */
			MISSING,
			/** In the zip but declared by no METS. */
			UNLISTED,
			/** Its SHA-256 differs from the METS CHECKSUM. */
			CHECKSUM_MISMATCH,
			/** Its size differs from the METS SIZE. */
			SIZE_MISMATCH,
			/** Its SHA-256 differs from the PREMIS fixity. */
			PREMIS_MISMATCH,
			/** A checksum type other than SHA-256, which the verifier cannot check. */
			UNSUPPORTED_CHECKSUM,
			/** The same path twice in the zip. */
			DUPLICATE_ENTRY,
			/** A METS or PREMIS file that could not be parsed. */
			UNREADABLE

		}

	}

}
