package vn.luutru.exchange;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.Attachments;

/** Export of permanent files to the national archive database, one E-ARK AIP per file. */
@RestController
@Tag(name = "Xuất lên Cơ sở dữ liệu quốc gia / Export to the national archive database")
class NationalExportController {

	private final NationalExports exports;

	NationalExportController(NationalExports exports) {
		this.exports = exports;
	}

	@PostMapping("/api/v1/national-exports")
	@Operation(summary = "Xuất hồ sơ vĩnh viễn lên CSDL quốc gia / Export permanent files to the national database",
			description = "fileIds hoặc all = true (mọi hồ sơ chưa xuất); xuất phần đầu, phần sau bằng POST .../{id}/next "
					+ "/ fileIds or all = true (every file not yet exported); exports the first chunk, the next ones "
					+ "with POST .../{id}/next")
	ResponseEntity<NationalExportView> start(@RequestBody(required = false) NewNationalExport request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.exports.start(request));
	}

	@PostMapping("/api/v1/national-exports/{id}/next")
	@Operation(summary = "Xuất phần tiếp theo / Export the next chunk")
	NationalExportView next(@PathVariable long id) {
		return this.exports.next(id);
	}

	@PostMapping("/api/v1/national-exports/{id}/retry")
	@Operation(summary = "Xuất lại các hồ sơ bị lỗi / Export the failed files again",
			description = "Các hồ sơ không xuất được (failed) được thử lại; lượt xuất chạy tiếp như lượt mới; 409 khi "
					+ "không có hồ sơ lỗi / the files that failed are tried again and the run goes on as a new one "
					+ "would; 409 when none failed")
	NationalExportView retry(@PathVariable long id) {
		return this.exports.retry(id);
	}

	@GetMapping("/api/v1/national-exports/{id}")
	@Operation(summary = "Tiến độ, các hồ sơ đã xuất và các hồ sơ lỗi kèm lý do / Progress, the files exported and "
			+ "the files that failed, with why")
	NationalExportView get(@PathVariable long id) {
		return this.exports.get(id);
	}

	@GetMapping("/api/v1/national-exports/{id}/packages/{fileCode}")
	@Operation(summary = "Tải gói tin đã xuất của một hồ sơ (.zip, E-ARK AIP) / Download one file's exported package")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable String fileCode)
			throws IOException {
		NationalExports.Download d = this.exports.download(id, fileCode);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.contentLength(d.file().packageSize())
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(d.file().objectId() + ".zip"))
			.header("Digest", "sha-256=" + d.file().packageSha256())
			.body(new InputStreamResource(d.content()));
	}

}
