package vn.luutru.access;

import java.util.List;

import vn.luutru.document.Document;

/**
 * What a grant on a file lets a reader see of it, in the reading room and in the copies
 * the archive hands him (DIP): kept content in PDF whose own access mode is no stricter
 * than the file's the grant was given for. A secret document (03) is never shown; a
 * conditional one (02) only under a grant the approver gave for a conditional file; a
 * document without a mode of its own takes its file's.
 */
final class GrantedDocuments {

	private GrantedDocuments() {
	}

	static List<Document> readable(List<Document> documents, String fileMode) {
		return documents.stream()
			.filter((d) -> d.contentErasedAt() == null && "application/pdf".equals(d.mediaType()))
			.filter((d) -> {
				String mode = (d.accessMode() != null) ? d.accessMode() : fileMode;
				return ArchivedFile.PUBLIC.equals(mode)
						|| (ArchivedFile.CONDITIONAL.equals(mode) && ArchivedFile.CONDITIONAL.equals(fileMode));
			})
			.toList();
	}

}
