package vn.luutru.retention;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/retention")
@Tag(name = "Thời hạn bảo quản / Retention tracking")
class RetentionController {

	private final DueList due;

	private final SweepService sweeps;

	private final SweepProcessStarter starter;

	RetentionController(DueList due, SweepService sweeps, SweepProcessStarter starter) {
		this.due = due;
		this.sweeps = sweeps;
		this.starter = starter;
	}

	@GetMapping("/due")
	@Operation(summary = "Hồ sơ đến hạn / Files falling due",
			description = "Trong khoảng ISO-8601 (mặc định P90D), quá hạn trước / Within an ISO-8601 period "
					+ "(default P90D), overdue first")
	List<DueFile> due(@RequestParam(required = false) String within) {
		return this.due.within(within);
	}

	@PostMapping("/sweeps")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Chạy rà soát thời hạn ngay / Run the retention sweep now",
			description = "Lưu trữ viên: chỉ cơ quan của mình; quản trị: mọi cơ quan; người quản lý: không được phép "
					+ "(403) / Archivist: own agency only; administrator: every agency; manager: refused (403)")
	SweepRun sweep() {
		return this.starter.startOnDemand();
	}

	@GetMapping("/sweeps")
	List<SweepRun> sweeps() {
		return this.sweeps.recent();
	}

	@GetMapping("/sweeps/{id}")
	@Operation(summary = "Tiến độ và kết quả rà soát / Progress and counts of a sweep")
	SweepRun sweep(@PathVariable long id) {
		return this.sweeps.visible(id);
	}

	@GetMapping("/sweeps/{id}/skipped")
	@Operation(summary = "Cơ quan bị bỏ qua trong lần rà soát / Agencies a sweep left out",
			description = "Cơ quan có lô trước chưa nhận hồ sơ (bước lập danh mục chưa chạy hoặc đang lỗi); "
					+ "chỉ cơ quan của người dùng, trừ người quản lý và quản trị (như danh sách rà soát). agenciesSkipped của lần rà soát đếm mọi cơ quan / "
					+ "Agencies whose earlier batch has not claimed its files (its list step has not run or fails); "
					+ "only the user's own agency unless a manager or an administrator (as the list of sweeps). The sweep's agenciesSkipped counts every agency")
	List<SkippedAgency> skipped(@PathVariable long id) {
		return this.sweeps.skipped(id);
	}

}
