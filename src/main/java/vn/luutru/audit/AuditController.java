package vn.luutru.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký / Audit")
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping("/verify")
	@Operation(summary = "Kiểm tra chuỗi nhật ký / Verify the audit hash chain")
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

}
