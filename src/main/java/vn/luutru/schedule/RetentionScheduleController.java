package vn.luutru.schedule;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.luutru.forms.PrintedCopy;
import vn.luutru.security.PrintMarks;

@RestController
@RequestMapping("/api/v1/retention-schedule")
@Tag(name = "Bảng thời hạn bảo quản / Retention schedule")
class RetentionScheduleController {

	private final RetentionScheduleService service;

	private final RetentionScheduleImport imports;

	private final PrintMarks marks;

	RetentionScheduleController(RetentionScheduleService service, RetentionScheduleImport imports, PrintMarks marks) {
		this.marks = marks;
		this.service = service;
		this.imports = imports;
	}

	@GetMapping("/rules")
	@Operation(summary = "Danh sách quy định thời hạn / List retention rules")
	List<RetentionRule> list(@RequestParam(required = false) String heading,
			@RequestParam(required = false) Boolean active) {
		return this.service.list(heading, active);
	}

	@GetMapping("/rules/{id}")
	RetentionRule get(@PathVariable long id) {
		return this.service.get(id);
	}

	@PostMapping("/rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm quy định thời hạn / Create a retention rule")
	RetentionRule create(@RequestBody RetentionRuleRequest request) {
		return this.service.create(request);
	}

	@PutMapping("/rules/{id}")
	@Operation(summary = "Sửa quy định thời hạn / Change a retention rule")
	RetentionRule update(@PathVariable long id, @RequestBody RetentionRuleRequest request) {
		return this.service.update(id, request);
	}

	@PostMapping("/rules/{id}/deactivate")
	@Operation(summary = "Ngừng sử dụng quy định / Deactivate a retention rule")
	RetentionRule deactivate(@PathVariable long id) {
		return this.service.deactivate(id);
	}

	@GetMapping("/export")
	@Operation(summary = "Xuất Excel / Export to Excel")
	ResponseEntity<byte[]> export() {
		return Downloads.xlsx("bang-thoi-han-bao-quan.xlsx",
				PrintedCopy.xlsx(RetentionScheduleWorkbook.write(this.service.list(null, null)), this.marks.now()));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập từ Excel / Import from Excel")
	ImportResult importWorkbook(@RequestPart(name = "file", required = false) MultipartFile file) {
		return this.imports.importWorkbook(file);
	}

}
