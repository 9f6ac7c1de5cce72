package vn.luutru.destruction;

import vn.luutru.forms.LegalBases;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.batch.BatchStatus;
import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchClaims;
import vn.luutru.batch.BatchItem;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.batch.BatchService;
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
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.schedule.RetentionPeriod;

/**
 * The destruction list (danh mục tài liệu hết giá trị, .xlsx) and the destruction minutes
 * (biên bản hủy, .docx) of a batch, kept in the content store with the batch.
 */
@Service
@Transactional
public class DestructionDocuments {

	private final BatchService batches;

	private final BatchClaims claims;

	private final RecordFileLifecycle files;

	private final BatchLetterhead names;

	private final ContentStore store;

	private final Clock clock;

	private final int deadlineDays;

	DestructionDocuments(BatchService batches, BatchClaims claims, RecordFileLifecycle files, BatchLetterhead names,
			ContentStore store, Clock clock, @Value("${luutru.lifecycle.destruction-deadline}") String deadline) {
		this.batches = batches;
		this.claims = claims;
		this.files = files;
		this.names = names;
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
		Agency agency = this.names.agency(batch);
		List<DestructionListEntry> entries = this.batches.files(batchId)
			.stream()
			.map((f) -> new DestructionListEntry(f.fileCode(), f.fileNotation(), f.title(), f.startDate(), f.endDate(),
					RetentionPeriod.of(f.maintenanceCode(), f.retentionYears()).label(), DestructionReason.EXPIRED,
					f.sheetTotal(), f.pageTotal(), null, null))
			.toList();
		DestructionList list = new DestructionList(this.names.letterhead(agency), agency.name(), agency.fondsCode(),
				this.names.today(), BatchLetterhead.BLANK, BatchLetterhead.BLANK, entries);
		StagedContent stored = GeneratedContent.store(this.store, (out) -> DestructionListWorkbook.write(list, out));
		this.batches.attachList(batchId, stored.sha256());
		this.batches.changeStatus(batchId, BatchStatus.LISTED, BatchStatus.AWAITING_COUNCIL);
		return stored.sha256();
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
				case DESTROYED ->
					destroyed.add(new DestructionMinutes.DestroyedFile(f.fileCode(), f.title(), f.docTotal(), null));
				case DROPPED_HOLD -> held.add(new DestructionMinutes.HeldFile(f.fileCode(), f.title(), item.note()));
				case EXTENDED -> extended.add(new DestructionMinutes.ExtendedFile(f.fileCode(), f.title(),
						(f.retentionYears() != null) ? f.retentionYears() : 0,
						((f.endDate() != null) ? f.endDate().getYear() : f.fileYear())
								+ ((f.retentionYears() != null) ? f.retentionYears() : 0)));
				default -> {
				}
			}
		}
		LocalDate decided = (batch.decidedAt() != null) ? batch.decidedAt().atZone(this.clock.getZone()).toLocalDate()
				: this.names.today().date();
		DestructionMinutes minutes = new DestructionMinutes(this.names.letterhead(agency), batch.code(),
				this.names.today(), LegalBases.ARCHIVES_LAW_2024,
				new DestructionMinutes.Decision((batch.decisionNote() != null && !batch.decisionNote().isBlank())
						? batch.decisionNote() : batch.code(), decided, "Thủ trưởng " + agency.name()),
				"Biên bản họp Hội đồng xét hủy tài liệu lô " + batch.code(), agency.name(),
				new DestructionMinutes.Participant(this.names.person(batch.decidedBy()), "Thủ trưởng cơ quan"),
				new DestructionMinutes.Participant(BatchLetterhead.BLANK, "Người làm lưu trữ"),
				new DestructionMinutes.Participant(BatchLetterhead.BLANK, "Đại diện đơn vị có tài liệu"),
				DestructionMinutes.ERASE_KEEP_METADATA, destroyed, held, extended, this.deadlineDays);
		StagedContent stored = GeneratedContent.store(this.store,
				(out) -> DestructionMinutesDocument.write(minutes, out));
		this.batches.attachMinutes(batchId, stored.sha256());
		this.batches.changeStatus(batchId, BatchStatus.APPROVED, BatchStatus.COMPLETED);
		return stored.sha256();
	}

}
