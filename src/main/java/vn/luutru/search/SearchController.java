package vn.luutru.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.PageRequest;
import vn.luutru.common.PageResult;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Tìm kiếm / Search")
class SearchController {

	private final SearchService search;

	private final SearchExport export;

	private final SearchIndexer indexer;

	SearchController(SearchService search, SearchExport export, SearchIndexer indexer) {
		this.search = search;
		this.indexer = indexer;
		this.export = export;
	}

	@GetMapping
	@Operation(summary = "Tìm hồ sơ theo từ / Search files by their words",
			description = "Từ trong tiêu đề, siêu dữ liệu và nội dung văn bản, có hay không dấu; \"cụm từ\", "
					+ "đầu từ* / Words of titles, metadata and document text, with or without diacritics; "
					+ "\"phrases\", prefix*")
	PageResult<SearchHit> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String agencyCode, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String maintenanceCode, @RequestParam(required = false) String status,
			@RequestParam(required = false) String accessMode, @RequestParam(required = false) String documentType,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.search.search(
				new SearchFilters(q, agencyCode, year, maintenanceCode, status, accessMode, documentType, sort),
				PageRequest.of(page, size));
	}

	@GetMapping("/export")
	@Operation(summary = "Xuất kết quả tìm kiếm (xlsx, docx, pdf) / Export search results (xlsx, docx, pdf)")
	ResponseEntity<byte[]> export(@RequestParam String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String agencyCode, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String maintenanceCode, @RequestParam(required = false) String status,
			@RequestParam(required = false) String accessMode, @RequestParam(required = false) String documentType,
			@RequestParam(required = false) String sort) {
		return this.export.export(format,
				new SearchFilters(q, agencyCode, year, maintenanceCode, status, accessMode, documentType, sort));
	}

	@GetMapping("/index")
	@Operation(summary = "Tiến độ lập chỉ mục / How far indexing is")
	IndexProgress progress() {
		return this.indexer.progress();
	}

	@PostMapping("/index")
	@Operation(summary = "Lập chỉ mục ngay (quản trị) / Index now (administrators)",
			description = "Chạy tối đa {chunks} phần / runs up to {chunks} chunks")
	IndexProgress index(@RequestParam(defaultValue = "1") int chunks) {
		return this.indexer.runChunks(chunks);
	}

}
