package vn.luutru.access;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.Attachments;

/** The DIP the archive hands over for a reader's granted request. */
@RestController
@Tag(name = "Độc giả, khai thác tài liệu / Readers and access")
class DisseminationController {

	private final DisseminationPackages dips;

	DisseminationController(DisseminationPackages dips) {
		this.dips = dips;
	}

	@GetMapping("/api/v1/access-requests/{id}/dip")
	@Operation(
			summary = "Hồ sơ có thể cấp gói DIP (quyền khai thác còn hiệu lực) / Files whose DIP can be handed "
					+ "over (grant still valid)",
			description = "Chỉ lưu trữ viên của cơ quan bảo quản hồ sơ / Only the archivists keeping the files")
	List<DisseminationPackages.DipFile> list(@PathVariable long id) {
		return this.dips.list(id);
	}

	@GetMapping("/api/v1/access-requests/{id}/dip/{fileCode}")
	@Operation(summary = "Gói DIP của một hồ sơ: bản sao có dấu \"BẢN SAO\" và tên độc giả (.zip, E-ARK DIP) / "
			+ "One file's DIP: copies marked \"BẢN SAO\" with the reader's name (.zip, E-ARK DIP)")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String fileCode) {
		DisseminationPackages.Dip dip = this.dips.write(id, fileCode);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(dip.fileName()))
			.header("Digest", "sha-256=" + dip.sha256())
			.body(dip.bytes());
	}

}
