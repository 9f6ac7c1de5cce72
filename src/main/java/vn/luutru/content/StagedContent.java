package vn.luutru.content;

import java.nio.file.Path;

/** Content written to a temporary file, not yet visible in the store. */
public record StagedContent(Path file, String sha256, long size) {

}
