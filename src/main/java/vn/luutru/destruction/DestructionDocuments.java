package vn.luutru.destruction;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchClaims;
import vn.luutru.batch.BatchDeciders;
import vn.luutru.batch.BatchItem;
import vn.luutru.batch.BatchItemStatus;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.batch.BatchService;
import vn.luutru.batch.BatchStatus;
import vn.luutru.batch.MinutesNumbers;
import vn.luutru.content.ContentStore;
import vn.luutru.content.GeneratedContent;
import vn.luutru.content.StagedContent;
import vn.luutru.destruction.doc.CouncilOpinion;
import vn.luutru.destruction.doc.DestructionList;
import vn.luutru.destruction.doc.DestructionListEntry;
import vn.luutru.destruction.doc.DestructionListWorkbook;
import vn.luutru.destruction.doc.DestructionMinutes;
import vn.luutru.destruction.doc.DestructionMinutesDocument;
import vn.luutru.destruction.doc.DestructionReason;
import vn.luutru.document.DocumentQueries;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.forms.LegalBases;
import vn.luutru.schedule.RetentionPeriod;

/**
 * The destruction list (danh mục tài liệu hết giá trị, .xlsx) and the destruction minutes
 * (biên bản hủy, .docx) of a batch, kept in the content store with the batch. Both name
 * the people who acted, as the audit trail and the head's task recorded them.
 */
@Service
@Transactional
public class DestructionDocuments {

	private final BatchService batches;

	private final BatchClaims claims;

	private final RecordFileLifecycle files;

	private final DocumentQueries documents;

	private final BatchLetterhead names;

	private final BatchDeciders deciders;

	private final MinutesNumbers numbers;

	private final DestructionDecisionMapper decisions;

	private final ContentStore store;

	private final Clock clock;

	private final int deadlineDays;

	DestructionDocuments(BatchService batches, BatchClaims claims, RecordFileLifecycle files, DocumentQueries documents,
			BatchLetterhead names, BatchDeciders deciders, MinutesNumbers numbers, DestructionDecisionMapper decisions,
			ContentStore store, Clock clock, @Value("${luutru.lifecycle.destruction-deadline}") String deadline) {
		this.batches = batches;
		this.claims = claims;
		this.files = files;
		this.documents = documents;
		this.names = names;
		this.deciders = deciders;
		this.numbers = numbers;
		this.decisions = decisions;
		this.store = store;
		this.clock = clock;
		this.deadlineDays = java.time.Period.parse(deadline).getDays();
	}

	/**
	 * The batch's first step: claims the files the sweep put on the list, then lists
	 * those that qualified; null when none did (the batch is closed EMPTY).
	 */
	public String buildList(long batchId) throws IOException {
		if (!this.claims.claim(batchId)) {
			return null;
		}
		Batch batch = this.batches.require(batchId);
		List<DestructionListEntry> entries = this.batches.files(batchId).stream().map((f) -> entry(f, null)).toList();
		String sha256 = storeList(batch, entries, null);
		this.batches.attachList(batchId, sha256);
		this.batches.changeStatus(batchId, BatchStatus.LISTED, BatchStatus.AWAITING_COUNCIL);
		return sha256;
	}

	/**
	 * The list once the council has decided: each file with the council's opinion
	 * (destroy or keep N years more) and the council member who decided as chair;
	 * replaces the list kept with the batch, which stays in the store as the list the
	 * council reviewed.
	 */
	public String listWithCouncilOpinions(long batchId) throws IOException {
		Batch batch = this.batches.require(batchId);
		List<DestructionListEntry> entries = new ArrayList<>();
		for (BatchItem item : this.batches.items(batchId)) {
			CouncilOpinion opinion = opinion(item);
			if (opinion != null) {
				entries.add(entry(this.files.require(item.fileId()), opinion));
			}
		}
		String council = this.deciders.who(batch, BatchStatus.COUNCIL_REVIEWED).orElse(null);
		String sha256 = storeList(batch, entries, this.names.person(council));
		this.batches.replaceListAfterCouncil(batchId, sha256);
		return sha256;
	}

	public String writeMinutes(long batchId) throws IOException {
		Batch batch = this.batches.require(batchId);
		Agency agency = this.names.agency(batch);
		List<DestructionMinutes.DestroyedFile> destroyed = new ArrayList<>();
		List<DestructionMinutes.HeldFile> held = new ArrayList<>();
		List<DestructionMinutes.ExtendedFile> extended = new ArrayList<>();
		for (BatchItem item : this.batches.items(batchId)) {
			RecordFile f = this.files.require(item.fileId());
			switch (item.status()) {
				case DESTROYED -> destroyed.add(new DestructionMinutes.DestroyedFile(f.fileCode(), f.title(),
						this.documents.ofFile(f.id())
							.stream()
							.map((d) -> new DestructionMinutes.ErasedDocument(d.docCode(), d.contentSha256()))
							.toList()));
				case DROPPED_HOLD -> held.add(new DestructionMinutes.HeldFile(f.fileCode(), f.title(), item.note()));
				case EXTENDED -> extended.add(new DestructionMinutes.ExtendedFile(f.fileCode(), f.title(),
						(f.retentionYears() != null) ? f.retentionYears() : 0,
						((f.endDate() != null) ? f.endDate().getYear() : f.fileYear())
								+ ((f.retentionYears() != null) ? f.retentionYears() : 0)));
				default -> {
				}
			}
		}
		String council = this.deciders.who(batch, BatchStatus.COUNCIL_REVIEWED).orElse(null);
		DestructionMinutes minutes = new DestructionMinutes(this.names.letterhead(agency), this.numbers.of(batch),
				this.names.today(), LegalBases.ARCHIVES_LAW_2024, decision(batch, agency),
				"Biên bản họp Hội đồng xét hủy tài liệu lô " + batch.code(), agency.name(),
				new DestructionMinutes.Participant(this.names.person(council), null),
				new DestructionMinutes.Participant(this.names.person(batch.createdBy()), null),
				new DestructionMinutes.Participant(BatchLetterhead.BLANK, null), DestructionMinutes.ERASE_KEEP_METADATA,
				destroyed, held, extended, this.deadlineDays);
		StagedContent stored = GeneratedContent.store(this.store,
				(out) -> DestructionMinutesDocument.write(minutes, out));
		this.batches.attachMinutes(batchId, stored.sha256());
		this.batches.changeStatus(batchId, BatchStatus.APPROVED, BatchStatus.COMPLETED);
		return stored.sha256();
	}

	/**
	 * The head's decision as the task recorded it, signed by the head by name; for a
	 * batch approved before the task asked for it, a number to write by hand.
	 */
	private DestructionMinutes.Decision decision(Batch batch, Agency agency) {
		RecordedDecision recorded = this.decisions.find(batch.id());
		String head = (recorded != null) ? recorded.decidedBy()
				: this.deciders.who(batch, BatchStatus.APPROVED).orElse(batch.decidedBy());
		String issuer = "Thủ trưởng " + agency.name()
				+ (BatchLetterhead.isPerson(head) ? " (ông/bà " + this.names.person(head) + ")" : "");
		if (recorded != null) {
			return new DestructionMinutes.Decision(recorded.number(), recorded.date(), issuer);
		}
		LocalDate decided = (batch.decidedAt() != null) ? batch.decidedAt().atZone(this.clock.getZone()).toLocalDate()
				: this.names.today().date();
		return new DestructionMinutes.Decision(BatchLetterhead.BLANK, decided, issuer);
	}

	private String storeList(Batch batch, List<DestructionListEntry> entries, String chair) throws IOException {
		Agency agency = this.names.agency(batch);
		DestructionList list = new DestructionList(this.names.letterhead(agency), agency.name(), agency.fondsCode(),
				this.names.today(), this.names.person(batch.createdBy()),
				(chair != null) ? chair : BatchLetterhead.BLANK, entries);
		return GeneratedContent.store(this.store, (out) -> DestructionListWorkbook.write(list, out)).sha256();
	}

	private static DestructionListEntry entry(RecordFile f, CouncilOpinion opinion) {
		return new DestructionListEntry(f.fileCode(), f.fileNotation(), f.title(), f.startDate(), f.endDate(),
				RetentionPeriod.of(f.maintenanceCode(), f.retentionYears()).label(), DestructionReason.EXPIRED,
				f.sheetTotal(), f.pageTotal(), opinion, null);
	}

	/** What the council said of a file still on the list, or null for one taken off. */
	private static CouncilOpinion opinion(BatchItem item) {
		if (item.status() == BatchItemStatus.EXTENDED) {
			return CouncilOpinion.extend((item.newRetentionYears() != null) ? item.newRetentionYears() : 1);
		}
		return (item.status() == BatchItemStatus.INCLUDED) ? CouncilOpinion.destroy() : null;
	}

}
