package vn.luutru.fixity;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.Attachments;
import vn.luutru.common.NotFoundException;

@RestController
@Tag(name = "Kiểm tra toàn vẹn / Fixity audit")
class FixityController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final FixityService fixity;

	FixityController(FixityService fixity) {
		this.fixity = fixity;
	}

	@PostMapping("/api/v1/fixity/cycles")
	@Operation(summary = "Bắt đầu một chu kỳ kiểm tra ngay / Start a fixity cycle now",
			description = "Cán bộ quản lý, quản trị / managers, administrators")
	ResponseEntity<Map<String, String>> start() {
		return ResponseEntity.accepted().body(Map.of("processInstanceId", this.fixity.startNow()));
	}

	@GetMapping("/api/v1/fixity/cycles/latest")
	@Operation(summary = "Chu kỳ kiểm tra gần nhất / The latest fixity cycle")
	FixityProgress latest() {
		return this.fixity.latest().orElseThrow(() -> new NotFoundException("fixity-cycle", "latest"));
	}

	@GetMapping("/api/v1/fixity/cycles/{id}")
	@Operation(summary = "Tiến độ một chu kỳ kiểm tra / Progress of a fixity cycle")
	FixityProgress get(@PathVariable long id) {
		return this.fixity.progress(id);
	}

	@GetMapping("/api/v1/fixity/cycles/{id}/findings")
	@Operation(summary = "Các bản hỏng, mất tìm thấy trong chu kỳ / Damaged and missing copies found")
	List<FixityFinding> findings(@PathVariable long id) {
		return this.fixity.findings(id);
	}

	@GetMapping("/api/v1/fixity/cycles/{id}/minutes.docx")
	@Operation(summary = "Biên bản kiểm tra của chu kỳ (.docx) / The cycle's inspection minutes")
	ResponseEntity<InputStreamResource> minutes(@PathVariable long id) throws IOException {
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					Attachments.contentDisposition("bien-ban-kiem-tra-chu-ky-" + id + ".docx"))
			.body(new InputStreamResource(this.fixity.minutes(id)));
	}

	@GetMapping("/api/v1/fixity/incidents/{id}")
	@Operation(summary = "Sự cố và lịch sử xử lý / An incident and its handling history")
	Incidents.IncidentView incident(@PathVariable long id) {
		return this.fixity.incident(id);
	}

}
