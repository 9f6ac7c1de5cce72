package vn.luutru.schedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/file-plans")
@Tag(name = "Danh mục hồ sơ / File plans")
class FilePlanController {

	private final FilePlanService service;

	private final FilePlanImport imports;

	private final PrintMarks marks;

	FilePlanController(FilePlanService service, FilePlanImport imports, PrintMarks marks) {
		this.marks = marks;
		this.service = service;
		this.imports = imports;
	}

	@GetMapping
	@Operation(summary = "Danh mục hồ sơ của cơ quan trong năm / An agency's file plan for a year")
	FilePlan plan(@RequestParam(required = false) String agencyCode, @RequestParam(required = false) Integer year) {
		return this.service.plan(agencyCode, year);
	}

	@GetMapping("/items/{id}")
	FilePlanItemView item(@PathVariable long id) {
		return this.service.item(id);
	}

	@PostMapping("/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm hồ sơ vào danh mục / Plan a file")
	FilePlanItemView create(@RequestBody FilePlanItemRequest request) {
		return this.service.create(request);
	}

	@PutMapping("/items/{id}")
	@Operation(summary = "Sửa hồ sơ trong danh mục / Change a planned file")
	FilePlanItemView update(@PathVariable long id, @RequestBody FilePlanItemRequest request) {
		return this.service.update(id, request);
	}

	@DeleteMapping("/items/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Xóa hồ sơ khỏi danh mục / Remove a planned file")
	void delete(@PathVariable long id) {
		this.service.delete(id);
	}

	@GetMapping("/export")
	@Operation(summary = "Xuất danh mục hồ sơ ra Excel / Export the file plan to Excel")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String agencyCode,
			@RequestParam(required = false) Integer year) {
		FilePlan plan = this.service.plan(agencyCode, year);
		return Downloads.xlsx("danh-muc-ho-so-" + plan.agencyCode() + "-" + plan.planYear() + ".xlsx",
				PrintedCopy.xlsx(FilePlanWorkbook.write(plan, this.service.letterhead(plan)), this.marks.now()));
	}

	@GetMapping("/import-template")
	@Operation(summary = "Mẫu Excel để nhập danh mục / Excel template for the import")
	ResponseEntity<byte[]> importTemplate() {
		return Downloads.xlsx("mau-nhap-danh-muc-ho-so.xlsx", FilePlanImportSheet.template());
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập danh mục hồ sơ từ Excel / Import a file plan from Excel")
	ImportResult importWorkbook(@RequestParam(required = false) String agencyCode,
			@RequestParam(required = false) Integer year,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		return this.imports.importWorkbook(agencyCode, year, file);
	}

}
