package vn.luutru.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;

import vn.luutru.common.Attachments;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.luutru.web.StreamedUpload;
import vn.luutru.web.StreamedUploads;

@RestController
@Tag(name = "Văn bản / Documents")
class DocumentController {

	private final DocumentCapture capture;

	private final DocumentService documents;

	private final StreamedUploads uploads;

	DocumentController(DocumentCapture capture, DocumentService documents, StreamedUploads uploads) {
		this.capture = capture;
		this.documents = documents;
		this.uploads = uploads;
	}

	@PostMapping(path = "/api/v1/files/{fileId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Đưa văn bản vào hồ sơ / Capture a document into a file",
			description = "Phần 'metadata' (JSON, siêu dữ liệu Thông tư 05/2025) và phần 'content' (tệp) / "
					+ "Part 'metadata' (JSON, Circular 05/2025 metadata) and part 'content' (the file)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = CaptureParts.class)))
	CapturedDocument upload(@PathVariable long fileId, HttpServletRequest request)
			throws IOException, MissingServletRequestPartException {
		// Streamed into the content store while read, not spooled first
		// (StreamedUploads).
		try (StreamedUpload upload = this.uploads.read(request)) {
			DocumentMetadata metadata = upload.json("metadata", DocumentMetadata.class);
			StreamedUpload.FilePart content = upload.file("content");
			return this.capture.capture(fileId, metadata, content.fileName(), content.contentType(), content.staged());
		}
	}

	/** The parts of a capture, as the API documentation shows them. */
	record CaptureParts(DocumentMetadata metadata, @Schema(type = "string", format = "binary") String content) {

	}

	@GetMapping("/api/v1/files/{fileId}/documents")
	@Operation(summary = "Văn bản trong hồ sơ / Documents of a file")
	List<Document> ofFile(@PathVariable long fileId) {
		return this.documents.ofFile(fileId);
	}

	@GetMapping("/api/v1/documents/{id}")
	Document get(@PathVariable long id) {
		return this.documents.get(id);
	}

	@GetMapping("/api/v1/documents/{id}/content")
	@Operation(summary = "Tải nội dung văn bản / Download a document's content")
	ResponseEntity<InputStreamResource> content(@PathVariable long id) throws IOException {
		Document doc = this.documents.get(id);
		InputStream in = this.documents.openContent(doc);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(doc.mediaType()))
			.contentLength(doc.contentSize())
			.eTag('"' + doc.contentSha256() + '"')
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(doc.originalName()))
			.body(new InputStreamResource(in));
	}

}
