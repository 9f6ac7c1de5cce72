package vn.luutru.schedule;

import org.springframework.http.HttpHeaders;

import vn.luutru.common.Attachments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Excel downloads as attachments. */
final class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	static ResponseEntity<byte[]> xlsx(String fileName, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(fileName))
			.body(bytes);
	}

}
