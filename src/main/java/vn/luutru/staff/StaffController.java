package vn.luutru.staff;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Cán bộ lưu trữ / Archive staff")
class StaffController {

	private final StaffService staff;

	private final StaffImport imports;

	StaffController(StaffService staff, StaffImport imports) {
		this.staff = staff;
		this.imports = imports;
	}

	@GetMapping("/api/v1/agencies/{agencyId}/staff")
	@Operation(summary = "Cán bộ làm lưu trữ của cơ quan / An agency's archive staff")
	List<Staff> list(@PathVariable long agencyId) {
		return this.staff.ofAgency(agencyId);
	}

	@PostMapping("/api/v1/agencies/{agencyId}/staff")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm cán bộ (lưu trữ viên của cơ quan, quản trị) / Add a member (the agency's archivists, "
			+ "administrators)")
	Staff add(@PathVariable long agencyId, @RequestBody StaffRequest request) {
		return this.staff.add(agencyId, request);
	}

	@PostMapping(path = "/api/v1/agencies/{agencyId}/staff/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Nạp danh sách cán bộ từ Excel (thay danh sách cũ) / Import the staff list from Excel "
					+ "(replaces the list)",
			description = "Cột / Columns: Họ và tên | Vai trò | Chế độ | Ngày tập huấn | Khóa tập huấn")
	StaffImport.Result importList(@PathVariable long agencyId, @RequestPart("file") MultipartFile file) {
		return this.imports.importWorkbook(agencyId, file);
	}

	@GetMapping("/api/v1/staff/{id}")
	Staff get(@PathVariable long id) {
		return this.staff.get(id);
	}

	@PutMapping("/api/v1/staff/{id}")
	@Operation(summary = "Sửa thông tin cán bộ / Change a member")
	Staff update(@PathVariable long id, @RequestBody StaffRequest request) {
		return this.staff.update(id, request);
	}

	@DeleteMapping("/api/v1/staff/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Bỏ cán bộ khỏi danh sách / Remove a member")
	void remove(@PathVariable long id) {
		this.staff.remove(id);
	}

}
