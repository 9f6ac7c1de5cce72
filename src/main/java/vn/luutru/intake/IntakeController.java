package vn.luutru.intake;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.luutru.common.Attachments;

@RestController
@Tag(name = "Nhập tài liệu hàng loạt / Bulk intake")
class IntakeController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final IntakeService intakes;

	IntakeController(IntakeService intakes) {
		this.intakes = intakes;
	}

	@PostMapping(path = "/api/v1/intakes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập hồ sơ, tài liệu từ tệp ZIP / Bulk intake from a ZIP",
			description = "Phần 'file': ZIP gồm bảng kê metadata.xlsx và các tệp nội dung / "
					+ "Part 'file': a ZIP holding the sheet metadata.xlsx and the content files")
	ResponseEntity<IntakeView> receive(@RequestPart("file") MultipartFile file) {
		long id = this.intakes.receive(file);
		return ResponseEntity.accepted().location(URI.create("/api/v1/intakes/" + id)).body(this.intakes.view(id));
	}

	@PostMapping(path = "/api/v1/intakes/{id}/resubmissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Gửi lại các dòng đã sửa vào cùng lần nhập / Resubmit the corrected rows into the same intake",
			description = "Một trong hai phần: 'file' (ZIP gồm metadata.xlsx đã sửa và các tệp nội dung cần thay) "
					+ "hoặc 'sheet' (chỉ bảng kê .xlsx đã sửa, dùng lại các tệp đã nhận) / One of two parts: 'file' "
					+ "(a ZIP with the corrected metadata.xlsx and any content files to replace) or 'sheet' (the "
					+ "corrected .xlsx alone, reusing the contents already received)")
	ResponseEntity<IntakeView> resubmit(@PathVariable long id,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestPart(name = "sheet", required = false) MultipartFile sheet) {
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/intakes/" + id))
			.body(this.intakes.resubmit(id, file, sheet));
	}

	@GetMapping("/api/v1/intakes/{id}")
	@Operation(summary = "Tiến độ nhập / Progress of an intake")
	IntakeView get(@PathVariable long id) {
		return this.intakes.view(id);
	}

	@GetMapping("/api/v1/intakes/{id}/errors.xlsx")
	@Operation(summary = "Các dòng bị từ chối, có cột Lỗi / The refused rows, with an error column")
	ResponseEntity<byte[]> errors(@PathVariable long id) {
		return workbook(this.intakes.errorSheet(id), "nhap-" + id + "-loi.xlsx");
	}

	@GetMapping("/api/v1/intakes/template.xlsx")
	@Operation(summary = "Mẫu bảng kê nhập tài liệu / The intake sheet template")
	ResponseEntity<byte[]> template() {
		return workbook(IntakeWorkbook.template(), "mau-bang-ke-nhap-tai-lieu.xlsx");
	}

	private static ResponseEntity<byte[]> workbook(byte[] bytes, String name) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(name))
			.body(bytes);
	}

}
