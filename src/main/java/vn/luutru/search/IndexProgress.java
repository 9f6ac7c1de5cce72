package vn.luutru.search;

/**
 * How far indexing is: files and documents indexed and still waiting (new or changed
 * since their last indexing).
 */
public record IndexProgress(long filesIndexed, long filesWaiting, long documentsIndexed, long documentsWaiting) {

	public boolean done() {
		return this.filesWaiting == 0 && this.documentsWaiting == 0;
	}

}
