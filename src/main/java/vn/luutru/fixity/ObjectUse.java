package vn.luutru.fixity;

/** A document that uses a stored object, with its record file. */
public record ObjectUse(long documentId, String documentSubject, long fileId, String fileCode, String fileTitle,
		Long agencyId) {

}
