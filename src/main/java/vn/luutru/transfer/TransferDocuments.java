package vn.luutru.transfer;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.batch.BatchStatus;
import vn.luutru.batch.BatchItemStatus;
import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchClaims;
import vn.luutru.batch.BatchDeciders;
import vn.luutru.batch.BatchItem;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.batch.BatchService;
import vn.luutru.batch.MinutesNumbers;
import vn.luutru.content.ContentStore;
import vn.luutru.content.GeneratedContent;
import vn.luutru.content.StagedContent;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.forms.LegalBases;
import vn.luutru.schedule.RetentionPeriod;
import vn.luutru.transfer.doc.HandoverMinutes;
import vn.luutru.transfer.doc.HandoverMinutesDocument;
import vn.luutru.transfer.doc.Party;
import vn.luutru.transfer.doc.TransferList;
import vn.luutru.transfer.doc.TransferListEntry;
import vn.luutru.transfer.doc.TransferListWorkbook;

/**
 * The transfer list (mục lục hồ sơ nộp lưu, .xlsx) and the handover minutes (biên bản
 * giao nhận, .docx) of a batch, kept in the content store with the batch.
 */
@Service
@Transactional
public class TransferDocuments {

	private final BatchService batches;

	private final BatchClaims claims;

	private final RecordFileLifecycle files;

	private final BatchLetterhead names;

	private final BatchDeciders deciders;

	private final MinutesNumbers numbers;

	private final ContentStore store;

	private final Clock clock;

	TransferDocuments(BatchService batches, BatchClaims claims, RecordFileLifecycle files, BatchLetterhead names,
			BatchDeciders deciders, MinutesNumbers numbers, ContentStore store, Clock clock) {
		this.batches = batches;
		this.claims = claims;
		this.files = files;
		this.names = names;
		this.deciders = deciders;
		this.numbers = numbers;
		this.store = store;
		this.clock = clock;
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
		TransferList list = list(batch, this.batches.files(batchId), null);
		StagedContent stored = GeneratedContent.store(this.store, (out) -> TransferListWorkbook.write(list, out));
		this.batches.attachList(batchId, stored.sha256());
		this.batches.changeStatus(batchId, BatchStatus.LISTED, BatchStatus.AWAITING_APPROVAL);
		return stored.sha256();
	}

	/**
	 * The handover minutes of the files handed over, signed for the agency by the head
	 * who approved the list and for the archive by the officer who accepted the package;
	 * files of the package kept back by a hold are named apart.
	 * @param acceptedBy the archive officer who accepted, or {@code null}
	 */
	public String writeMinutes(long batchId, String acceptedBy) throws IOException {
		Batch batch = this.batches.require(batchId);
		Agency agency = this.names.agency(batch);
		List<RecordFile> transferred = transferred(batchId);
		String head = this.deciders.who(batch, BatchStatus.APPROVED).orElse(batch.decidedBy());
		TransferList list = list(batch, transferred, head);
		long documents = transferred.stream().mapToLong(RecordFile::docTotal).sum();
		HandoverMinutes minutes = new HandoverMinutes(this.names.letterhead(agency), this.numbers.of(batch),
				this.names.today(), LegalBases.ARCHIVES_LAW_2024,
				"Mục lục hồ sơ nộp lưu lô " + batch.code() + " đã được thủ trưởng cơ quan phê duyệt",
				"Lưu trữ lịch sử đã tiếp nhận và kiểm tra mã SHA-256 của gói tin " + batch.packageId(),
				new Party(agency.name(), this.names.person(head), "Thủ trưởng cơ quan"),
				new Party(list.archiveName(), this.names.person(acceptedBy), "Đại diện bên nhận"), agency.name(),
				list.startYear(), list.endYear(), transferred.size(), documents,
				(batch.packageSize() != null) ? batch.packageSize() : 0, batch.packageId(), batch.packageSha256(),
				HandoverMinutes.INTACT, "muc-luc-ho-so-nop-luu-" + batch.code() + ".xlsx", heldBack(batchId));
		StagedContent stored = GeneratedContent.store(this.store, (out) -> HandoverMinutesDocument.write(minutes, out));
		this.batches.attachMinutes(batchId, stored.sha256());
		this.batches.changeStatus(batchId, BatchStatus.TRANSFERRED, BatchStatus.COMPLETED);
		return stored.sha256();
	}

	private List<HandoverMinutes.HeldBackFile> heldBack(long batchId) {
		List<HandoverMinutes.HeldBackFile> result = new ArrayList<>();
		for (BatchItem item : this.batches.items(batchId)) {
			if (item.status() == BatchItemStatus.HELD_BACK) {
				result.add(new HandoverMinutes.HeldBackFile(item.fileCode(), item.title(), item.note()));
			}
		}
		return result;
	}

	private List<RecordFile> transferred(long batchId) {
		List<RecordFile> result = new ArrayList<>();
		for (BatchItem item : this.batches.items(batchId)) {
			if (item.status() == BatchItemStatus.TRANSFERRED) {
				result.add(this.files.require(item.fileId()));
			}
		}
		return result;
	}

	private TransferList list(Batch batch, List<RecordFile> files, String head) {
		Agency agency = this.names.agency(batch);
		List<TransferListEntry> entries = files.stream()
			.map((f) -> new TransferListEntry(f.fileCode(), f.fileNotation(), f.title(), f.startDate(), f.endDate(),
					RetentionPeriod.of(f.maintenanceCode(), f.retentionYears()).label(), f.sheetTotal(), f.pageTotal(),
					null))
			.toList();
		return new TransferList(this.names.letterhead(agency), agency.name(), agency.fondsCode(),
				this.names.archiveName(), batch.code(), LocalDate.now(this.clock).getYear(), this.names.today(),
				this.names.person(batch.createdBy()), this.names.person(head), entries);
	}

}
