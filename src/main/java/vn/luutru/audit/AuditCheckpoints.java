package vn.luutru.audit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.NotFoundException;
import vn.luutru.content.ContentStore;
import vn.luutru.content.StagedContent;

/**
 * Signed checkpoints of the chain head, kept as files in the content store, where someone
 * who can only write the database cannot rewrite them: a deleted or re-signed tail then
 * no longer matches the checkpoint that named it.
 */
@Component
class AuditCheckpoints {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final AuditMapper events;

	private final AuditCheckpointMapper mapper;

	private final AuditKeys keys;

	private final ContentStore store;

	AuditCheckpoints(AuditMapper events, AuditCheckpointMapper mapper, AuditKeys keys, ContentStore store) {
		this.events = events;
		this.mapper = mapper;
		this.keys = keys;
		this.store = store;
	}

	/**
	 * Checkpoints the head unless it has not moved since the last checkpoint. Holds the
	 * head lock meanwhile (a few milliseconds, once an interval), so that nodes take
	 * checkpoints one after another and each names the one before it.
	 */
	@Transactional
	Optional<AuditCheckpoint> take() throws IOException {
		AuditHead head = this.events.lockHead();
		AuditCheckpoint last = this.mapper.findLatest();
		if (head.lastEventId() == 0 || (last != null && last.eventId() >= head.lastEventId())) {
			return Optional.empty();
		}
		long count = (last != null) ? last.eventCount() + this.events.countBetween(last.eventId(), head.lastEventId())
				: this.events.countBetween(0, head.lastEventId());
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		AuditCheckpointDocument document = new AuditCheckpointDocument(head.lastEventId(), head.lastHash(), count, null,
				now.toString(), (last != null) ? last.contentSha256() : null, null)
			.signedWith(this.keys.current());
		byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
		StagedContent staged = this.store.stage((out) -> out.write(bytes));
		// Not undone on rollback: an unreferenced checkpoint file is harmless.
		this.store.place(staged);
		AuditCheckpointRow row = new AuditCheckpointRow();
		row.eventId = document.eventId();
		row.eventHash = document.hash();
		row.eventCount = count;
		row.keyId = document.keyId();
		row.createdAt = now;
		row.contentSha256 = staged.sha256();
		this.mapper.insert(row);
		return Optional.of(row.toCheckpoint());
	}

	@Transactional(readOnly = true)
	List<AuditCheckpoint> recent() {
		return this.mapper.findRecent(500);
	}

	AuditCheckpoint find(long id) {
		AuditCheckpoint checkpoint = this.mapper.findById(id);
		if (checkpoint == null) {
			throw new NotFoundException("audit-checkpoint", id);
		}
		return checkpoint;
	}

	InputStream open(AuditCheckpoint checkpoint) throws IOException {
		if (!this.store.exists(checkpoint.contentSha256())) {
			throw new NotFoundException("audit-checkpoint-file", checkpoint.contentSha256());
		}
		return this.store.open(checkpoint.contentSha256());
	}

	/**
	 * Every checkpoint, oldest first, with its file read and checked: its signature, and
	 * that it names the checkpoint before it (else one was deleted).
	 */
	List<Reading> readAll() {
		List<Reading> readings = new ArrayList<>();
		String previous = null;
		for (AuditCheckpoint row : this.mapper.findAll()) {
			readings.add(read(row, previous));
			previous = row.contentSha256();
		}
		return readings;
	}

	private Reading read(AuditCheckpoint row, String previous) {
		if (!this.store.exists(row.contentSha256())) {
			return new Reading(row, null, "CHECKPOINT_MISSING");
		}
		AuditCheckpointDocument document;
		try (InputStream in = this.store.open(row.contentSha256())) {
			document = JSON.readValue(in, AuditCheckpointDocument.class);
		}
		catch (IOException ex) {
			return new Reading(row, null, "CHECKPOINT_INVALID");
		}
		AuditKey key = this.keys.byId(document.keyId());
		if (key == null) {
			return new Reading(row, document, "UNKNOWN_KEY");
		}
		if (!document.signatureValid(key)) {
			return new Reading(row, document, "CHECKPOINT_INVALID");
		}
		if (!Objects.equals(document.previous(), previous)) {
			return new Reading(row, document, "CHECKPOINT_MISSING");
		}
		return new Reading(row, document, null);
	}

	/** A checkpoint as verification sees it; {@code problem} is a reason code or null. */
	record Reading(AuditCheckpoint row, AuditCheckpointDocument document, String problem) {

		/** The event it names: the signed file's word, unless the file is unusable. */
		long eventId() {
			return (this.document != null) ? this.document.eventId() : this.row.eventId();
		}

	}

}
