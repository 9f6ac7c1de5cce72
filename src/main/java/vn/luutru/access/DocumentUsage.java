package vn.luutru.access;

/** How many pages of one document readers were shown, and how many readers. */
public record DocumentUsage(Long documentId, String docCode, long views, long readers) {

}
