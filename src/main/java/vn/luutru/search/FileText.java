package vn.luutru.search;

/** One folded text of a file: its metadata (source 0) or one document's. */
record FileText(long fileId, long sourceId, String folded) {

}
