package vn.luutru.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;

import vn.luutru.common.Attachments;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit/checkpoints")
@Tag(name = "Nhật ký / Audit")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class AuditCheckpointController {

	private final AuditCheckpoints checkpoints;

	AuditCheckpointController(AuditCheckpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@GetMapping
	@Operation(summary = "Các điểm kiểm tra của chuỗi nhật ký / Checkpoints of the audit chain")
	List<AuditCheckpoint> list() {
		return this.checkpoints.recent();
	}

	/**
	 * Takes a checkpoint now (before a backup, say); answers the existing one's absence
	 * with 204 when the chain has not moved since the last checkpoint.
	 */
	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Ghi điểm kiểm tra ngay / Take a checkpoint now",
			description = "Quản trị viên / administrators; người quản lý chỉ xem / managers only read")
	ResponseEntity<AuditCheckpoint> take() throws IOException {
		return this.checkpoints.take()
			.map((c) -> ResponseEntity.status(HttpStatus.CREATED).body(c))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Tải tệp điểm kiểm tra đã ký / Download the signed checkpoint file")
	ResponseEntity<byte[]> download(@PathVariable long id) throws IOException {
		AuditCheckpoint checkpoint = this.checkpoints.find(id);
		byte[] bytes;
		try (InputStream in = this.checkpoints.open(checkpoint)) {
			bytes = in.readAllBytes();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					Attachments.contentDisposition("luutru-audit-checkpoint-" + checkpoint.eventId() + ".json"))
			.body(bytes);
	}

}
