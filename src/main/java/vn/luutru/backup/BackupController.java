package vn.luutru.backup;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/backups")
@Tag(name = "Sao lưu / Backup")
class BackupController {

	private final BackupService backups;

	BackupController(BackupService backups) {
		this.backups = backups;
	}

	@PostMapping
	@Operation(summary = "Sao lưu đột xuất ngay / Start a backup now",
			description = "Quản trị viên; chạy nền, xem tiến độ ở /api/v1/backups/{id} / administrators; runs in the"
					+ " background, progress at /api/v1/backups/{id}")
	ResponseEntity<BackupEntry> start() {
		return ResponseEntity.accepted().body(this.backups.start());
	}

	@GetMapping
	@Operation(summary = "Nhật ký sao lưu, mới nhất trước / The backup log, newest first")
	List<BackupEntry> log(@RequestParam(defaultValue = "50") int limit) {
		return this.backups.log(limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một lần sao lưu và tiến độ / One backup and its progress")
	BackupEntry get(@PathVariable long id) {
		return this.backups.entry(id);
	}

}
