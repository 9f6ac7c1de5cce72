package vn.luutru.access;

import java.util.List;

/**
 * How a file was used (Decree 30 Annex VI III.6.b, III.6.l): pages shown, by whom, per
 * document.
 */
public record FileUsage(Long fileId, String fileCode, long views, List<ReaderUsage> readers,
		List<DocumentUsage> documents) {

}
