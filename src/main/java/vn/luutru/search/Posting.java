package vn.luutru.search;

/** One word of one file in the index. */
record Posting(String term, long fileId) {

}
