package vn.luutru.file;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.PageRequest;
import vn.luutru.common.PageResult;

@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "Hồ sơ / Record files")
class RecordFileController {

	private final RecordFileService files;

	private final FileSearch search;

	RecordFileController(RecordFileService files, FileSearch search) {
		this.files = files;
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "Tìm hồ sơ / Search record files",
			description = "Lọc theo cơ quan, năm, trạng thái, thời hạn bảo quản và từ trong tiêu đề / "
					+ "Filter by agency, year, status, retention code and words of the title")
	PageResult<RecordFile> list(@RequestParam(required = false) String agencyCode,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String maintenanceCode, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.search.search(agencyCode, year, status, maintenanceCode, q, PageRequest.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Mở hồ sơ / Open a record file")
	RecordFile open(@RequestBody OpenFileRequest request) {
		return this.files.open(request);
	}

	@GetMapping("/{id}")
	RecordFile get(@PathVariable long id) {
		return this.files.get(id);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Kết thúc hồ sơ / Close a record file")
	RecordFile close(@PathVariable long id, @RequestBody(required = false) CloseFileRequest request) {
		return this.files.close(id, request);
	}

}
