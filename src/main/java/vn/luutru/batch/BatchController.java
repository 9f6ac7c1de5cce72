package vn.luutru.batch;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;

import vn.luutru.common.Attachments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.NotFoundException;

/** Transfer and destruction batches, their lists, packages and minutes. */
@RestController
@Tag(name = "Nộp lưu, hủy tài liệu / Transfers and destructions")
class BatchController {

	private final BatchQueries batches;

	BatchController(BatchQueries batches) {
		this.batches = batches;
	}

	@GetMapping("/api/v1/{kind:transfers|destructions}")
	@Operation(summary = "Các lô nộp lưu hoặc hủy / Transfer or destruction batches")
	List<Batch> list(@PathVariable String kind, @RequestParam(required = false) String status) {
		return this.batches.list(kind(kind), status);
	}

	@GetMapping("/api/v1/{kind:transfers|destructions}/{id}")
	@Operation(summary = "Lô và danh mục hồ sơ / A batch and its list")
	BatchView get(@PathVariable String kind, @PathVariable long id) {
		return this.batches.view(kind(kind), id);
	}

	@GetMapping("/api/v1/{kind:transfers|destructions}/{id}/{what:list|package|minutes}")
	@Operation(
			summary = "Tải mục lục (.xlsx), tệp gộp các gói tin (.zip) hoặc biên bản (.docx) / "
					+ "Download the list, the bundle of packages or the minutes",
			description = "package: một tệp .zip chứa gói của mọi hồ sơ (không phải một gói E-ARK); từng gói ở "
					+ "/api/v1/transfers/{id}/packages / package: one .zip holding every file's package (not itself "
					+ "an E-ARK package); each package at /api/v1/transfers/{id}/packages")
	ResponseEntity<InputStreamResource> download(@PathVariable String kind, @PathVariable long id,
			@PathVariable String what) throws IOException {
		BatchQueries.Download d = this.batches.download(kind(kind), id, what);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(d.fileName()))
			.body(new InputStreamResource(d.content()));
	}

	private static BatchKind kind(String path) {
		return switch (path) {
			case "transfers" -> BatchKind.TRANSFER;
			case "destructions" -> BatchKind.DESTRUCTION;
			default -> throw new NotFoundException("kind", path);
		};
	}

}
