package vn.luutru.hold;

import java.util.List;

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

@RestController
@RequestMapping("/api/v1/holds")
@Tag(name = "Phong tỏa / Legal holds")
class HoldController {

	private final HoldService holds;

	HoldController(HoldService holds) {
		this.holds = holds;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Phong tỏa hồ sơ / Put files on hold",
			description = "Theo danh sách fileIds hoặc theo năm / mục danh mục / By fileIds, or by year and plan item")
	LegalHold place(@RequestBody HoldRequest request) {
		return this.holds.place(request);
	}

	@PostMapping("/{id}/lift")
	@Operation(summary = "Gỡ phong tỏa (cần lý do) / Lift a hold (reason required)")
	LegalHold lift(@PathVariable long id, @RequestBody(required = false) LiftRequest request) {
		return this.holds.lift(id, request);
	}

	@GetMapping
	List<LegalHold> list(@RequestParam(required = false) Boolean active) {
		return this.holds.list(active);
	}

	@GetMapping("/{id}")
	LegalHold get(@PathVariable long id) {
		return this.holds.get(id);
	}

	@GetMapping("/{id}/files")
	List<Long> files(@PathVariable long id) {
		return this.holds.files(id);
	}

}
