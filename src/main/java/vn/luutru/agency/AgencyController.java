package vn.luutru.agency;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Cơ quan / Agencies")
class AgencyController {

	private final AgencyDirectory directory;

	private final AgencyService service;

	AgencyController(AgencyDirectory directory, AgencyService service) {
		this.directory = directory;
		this.service = service;
	}

	@GetMapping
	@Operation(summary = "Danh sách cơ quan / List agencies")
	List<Agency> list() {
		return this.directory.findAll();
	}

	@GetMapping("/{id}")
	Agency get(@PathVariable long id) {
		return this.directory.require(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm cơ quan / Create an agency")
	Agency create(@RequestBody AgencyRequest request) {
		return this.service.create(request);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Sửa cơ quan / Change an agency",
			description = "historicalArchive, transferSource, parentCode bỏ trống (không gửi) thì giữ nguyên; "
					+ "parentCode rỗng (\"\") bỏ cơ quan cấp trên / historicalArchive, transferSource and parentCode "
					+ "left out stay unchanged; an empty parentCode (\"\") removes the parent")
	Agency update(@PathVariable long id, @RequestBody AgencyRequest request) {
		return this.service.update(id, request);
	}

}
