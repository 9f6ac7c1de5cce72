package vn.luutru.content;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Where document content lives, addressed by its SHA-256. The database keeps only the
 * metadata and the checksum. Pluggable: a directory tree by default.
 */
public interface ContentStore {

	/**
	 * The directory store on the given locations, outside a Spring context (a restore run
	 * from the command line).
	 */
	static ContentStore onDisk(ContentProperties properties) throws IOException {
		return new FileSystemContentStore(properties);
	}

	/**
	 * Streams the bytes to a temporary place, computing SHA-256 and size on the way;
	 * never holds the whole content in memory.
	 */
	StagedContent stage(InputStream in) throws IOException;

	/**
	 * Stages what the writer writes (a generated list, package or minutes), computing
	 * SHA-256 and size on the way.
	 */
	StagedContent stage(GeneratedContent.Writer writer) throws IOException;

	/**
	 * Stages like {@link #stage(InputStream)} without forcing the staging file to disk,
	 * for a batch that {@link #makeDurable} then forces together; {@link #place} forces
	 * it itself when it was not.
	 */
	StagedContent stageUnforced(InputStream in) throws IOException;

	/**
	 * Forces staged contents to disk and writes their second copies, forced and checked,
	 * many files at a time on a few threads, so that the file system commits them
	 * together instead of one journal commit each; {@link #place} then only links them
	 * under their names. What is not placed goes with {@link #discard}.
	 */
	void makeDurable(List<StagedContent> staged) throws IOException;

	/**
	 * Moves staged content into its final place atomically. Inside a transaction, content
	 * that this call newly placed is removed again if the transaction rolls back.
	 */
	void commit(StagedContent staged) throws IOException;

	/**
	 * Moves staged content into its final place atomically, unless the same bytes are
	 * there already; returns true when this call placed them. Nothing is undone if a
	 * transaction rolls back: the caller decides what to remove.
	 */
	boolean place(StagedContent staged) throws IOException;

	/** Drops staged content that will not be kept. */
	void discard(StagedContent staged);

	InputStream open(String sha256) throws IOException;

	boolean exists(String sha256);

	/**
	 * Erases stored content (destruction), every copy. Returns false if there was nothing
	 * to erase.
	 */
	boolean erase(String sha256) throws IOException;

	/**
	 * The names of stored objects after {@code after} (null: from the first) in name
	 * order, at most {@code limit}, whose every copy was last written before
	 * {@code before}: the candidates of a reconciliation, walked in chunks. Placing bytes
	 * that are stored already counts as writing them.
	 */
	List<String> objectsWrittenBefore(String after, int limit, Instant before) throws IOException;

	/**
	 * Whether the object is stored and every copy was last written before the instant.
	 */
	boolean writtenBefore(String sha256, Instant before);

	/**
	 * The names of every stored object after {@code after} (null: from the first), in
	 * name order, at most {@code limit}, in either copy: what a fixity cycle walks.
	 */
	List<String> objectsAfter(String after, int limit) throws IOException;

	/** Re-hashes both copies of the object, reading each in full. */
	FixityCheck check(String sha256);

	/**
	 * Replaces a damaged or missing copy by the other, when the other still hashes to the
	 * name (checked again while copying); true when the copy is good afterwards. The
	 * damaged copy is replaced atomically: a reader sees the old or the new file.
	 */
	boolean repair(String sha256, ContentCopy damaged);

}
