package vn.luutru.access;

import java.time.Instant;

/** How many pages one reader was shown of a file or document, and when last. */
public record ReaderUsage(String readerId, String fullName, long views, Instant lastViewedAt) {

}
