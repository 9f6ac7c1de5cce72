package vn.luutru.access;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.ProblemTexts;

/**
 * Access requests, grants and the usage of files: {@code /api/v1/access-requests},
 * {@code /api/v1/grants}, {@code /api/v1/access-usage}.
 */
@RestController
class AccessController {

	private final AccessRequests requests;

	private final ReadingRoom room;

	private final AccessUsageReport usage;

	private final ProblemTexts texts;

	AccessController(AccessRequests requests, ReadingRoom room, AccessUsageReport usage, ProblemTexts texts) {
		this.texts = texts;
		this.requests = requests;
		this.room = room;
		this.usage = usage;
	}

	@PostMapping("/api/v1/access-requests")
	ResponseEntity<AccessRequestView> ask(@RequestBody AskRequest ask) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.requests.ask(ask));
	}

	@GetMapping("/api/v1/access-requests")
	List<AccessRequest> list() {
		return this.requests.list();
	}

	@GetMapping("/api/v1/access-requests/{id}")
	AccessRequestView get(@PathVariable long id) {
		return this.requests.get(id);
	}

	@PostMapping("/api/v1/access-requests/{id}/decision")
	AccessRequestView decide(@PathVariable long id, @RequestBody DecisionRequest decision) {
		return this.requests.decide(id, decision);
	}

	@GetMapping("/api/v1/grants")
	List<AccessGrant> grants() {
		return this.room.myGrants();
	}

	@GetMapping("/api/v1/grants/{id}")
	GrantView grant(@PathVariable long id) {
		return this.room.open(id);
	}

	@PostMapping("/api/v1/grants/{id}/revocation")
	AccessGrant revoke(@PathVariable long id, @RequestBody DecisionRequest body) {
		return this.room.revoke(id, (body != null) ? body.reason() : null);
	}

	/**
	 * A page as an image shown in the browser, never offered as a download nor kept in a
	 * cache.
	 */
	@GetMapping("/api/v1/grants/{id}/documents/{documentId}/pages/{page}")
	ResponseEntity<byte[]> page(@PathVariable long id, @PathVariable long documentId, @PathVariable int page) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(this.room.page(id, documentId, page));
	}

	@GetMapping("/api/v1/access-usage/files/{fileId}")
	FileUsage fileUsage(@PathVariable long fileId) {
		return this.usage.ofFile(fileId);
	}

	@GetMapping("/api/v1/access-usage/documents/{documentId}")
	AccessUsageReport.DocumentReaders documentUsage(@PathVariable long documentId) {
		return this.usage.ofDocument(documentId);
	}

	@ExceptionHandler(GrantNotUsableException.class)
	ProblemDetail grantNotUsable(GrantNotUsableException ex) {
		return this.texts.problem(HttpStatus.FORBIDDEN, ex.revoked() ? "problem.grantRevoked" : "problem.grantExpired");
	}

}
