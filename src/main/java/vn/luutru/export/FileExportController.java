package vn.luutru.export;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.Attachments;

/**
 * A whole file exported (Decree 30 Annex VI III.4.g) by the officers who may read it;
 * readers download nothing (ReaderConfinement), they read in the reading room.
 */
@RestController
@Tag(name = "Hồ sơ / Record files")
class FileExportController {

	private final FileExports exports;

	FileExportController(FileExports exports) {
		this.exports = exports;
	}

	@GetMapping("/api/v1/files/{id}/export.pdf")
	@Operation(summary = "Kết xuất hồ sơ ra PDF / Export a whole file as PDF",
			description = "Trang bìa với dữ liệu đặc tả hồ sơ, rồi các văn bản theo trình tự thời gian / "
					+ "A cover page with the file's metadata, then its documents in chronological order")
	ResponseEntity<Resource> pdf(@PathVariable long id) throws IOException {
		return download(this.exports.pdf(id));
	}

	@GetMapping("/api/v1/files/{id}/export.xml")
	@Operation(summary = "Kết xuất dữ liệu đặc tả hồ sơ ra XML / Export a file's metadata as XML",
			description = "Trường của Thông tư 05/2025; lược đồ / schema: /schemas/luutru-file-export.xsd")
	ResponseEntity<Resource> xml(@PathVariable long id) throws IOException {
		return download(this.exports.xml(id));
	}

	private static ResponseEntity<Resource> download(ExportOutput output) throws IOException {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(output.fileName()))
			.contentType(MediaType.parseMediaType(output.mediaType()))
			.contentLength(output.size())
			.body(new InputStreamResource(output.open()));
	}

}
