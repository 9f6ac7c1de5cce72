package vn.luutru.support;

import java.util.Map;

import vn.luutru.support.Api.Part;

/**
 * What a clerk does before most store tests can start: open a file of the current year in
 * the file plan's "06" maintenance code and capture one PDF into it.
 */
public final class ClerkWork {

	private ClerkWork() {
	}

	/** Opens a 2026 file and answers its id. */
	public static long openFile(Api clerk, String notation, String title) {
		return clerk
			.post("/api/v1/files",
					Map.of("year", 2026, "fileNotation", notation, "title", title, "maintenanceCode", "06"))
			.json()
			.path("id")
			.asLong();
	}

	/**
	 * Captures one PDF (a "22" document, one page) into the file and answers the
	 * response.
	 */
	public static Api.Response capturePdf(Api clerk, long fileId, String organ, String subject, String issuedDate,
			String fileName, byte[] pdf) {
		return clerk.multipart("/api/v1/files/" + fileId + "/documents",
				Api.parts(
						"metadata", Part.json(Map.of("typeName", "22", "issuedDate", issuedDate, "organName", organ,
								"subject", subject, "numberOfPage", 1)),
						"content", Part.file(fileName, "application/pdf", pdf)));
	}

}
