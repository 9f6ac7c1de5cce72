package vn.luutru.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.PageRequest;
import vn.luutru.common.PageResult;

@RestController
@RequestMapping("/api/v1/search/saved")
@Tag(name = "Tìm kiếm / Search")
class SavedSearchController {

	private final SavedSearches saved;

	private final SearchService search;

	SavedSearchController(SavedSearches saved, SearchService search) {
		this.saved = saved;
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "Các tìm kiếm đã lưu của tôi / My saved searches")
	List<SavedSearch> mine() {
		return this.saved.mine();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lưu một tìm kiếm / Save a search")
	SavedSearch create(@RequestBody SavedSearchRequest request) {
		return this.saved.create(request);
	}

	@GetMapping("/{id}")
	SavedSearch get(@PathVariable long id) {
		return this.saved.get(id);
	}

	@PutMapping("/{id}")
	SavedSearch update(@PathVariable long id, @RequestBody SavedSearchRequest request) {
		return this.saved.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.saved.delete(id);
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "Chạy lại một tìm kiếm đã lưu / Run a saved search again")
	PageResult<SearchHit> run(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(required = false) Integer page,
			@org.springframework.web.bind.annotation.RequestParam(required = false) Integer size) {
		return this.search.search(this.saved.get(id).filters(), PageRequest.of(page, size));
	}

}
