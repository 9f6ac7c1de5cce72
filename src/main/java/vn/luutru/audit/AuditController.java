package vn.luutru.audit;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.audit.AuditKeyRotation.AuditKeyRotated;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký / Audit")
class AuditController {

	private final AuditService audit;

	private final AuditKeyRotation rotation;

	AuditController(AuditService audit, AuditKeyRotation rotation) {
		this.audit = audit;
		this.rotation = rotation;
	}

	@GetMapping("/verify")
	@Operation(summary = "Kiểm tra chuỗi nhật ký và các điểm kiểm tra / Verify the audit chain and its checkpoints")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER','ARCHIVIST')")
	AuditVerification verify() {
		return this.audit.verify();
	}

	@GetMapping
	@Operation(summary = "Nhật ký của một đối tượng / Audit events of one entity")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	List<AuditEvent> events(@RequestParam String entityType, @RequestParam String entityId) {
		return this.audit.forEntity(entityType, entityId);
	}

	@PostMapping("/key-rotations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Đổi khoá ký nhật ký / Rotate the audit signing key",
			description = "Khoá cũ chuyển vào thư mục retired bên cạnh tệp khoá / The old key moves to the retired"
					+ " folder beside the key file")
	@PreAuthorize("hasRole('ADMIN')")
	AuditKeyRotated rotateKey() throws IOException {
		return this.rotation.rotate();
	}

}
