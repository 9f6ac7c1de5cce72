package vn.luutru.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.NotFoundException;
import vn.luutru.content.ContentStore;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.forms.PrintedCopy;
import vn.luutru.process.StepProgress;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.PrintMarks;
import vn.luutru.security.Role;

/**
 * Batches as people see them: their own agency's, the historical archive's officers every
 * transfer, managers everything.
 */
@Service
@Transactional(readOnly = true)
public class BatchQueries {

	private final BatchMapper mapper;

	private final RecordFileLifecycle files;

	private final ContentStore store;

	private final PrintMarks marks;

	BatchQueries(BatchMapper mapper, RecordFileLifecycle files, ContentStore store, PrintMarks marks) {
		this.mapper = mapper;
		this.files = files;
		this.store = store;
		this.marks = marks;
	}

	public List<Batch> list(BatchKind kind, String status) {
		CurrentUser user = CurrentUsers.require();
		Long visible = (kind == BatchKind.TRANSFER && user.has(Role.HISTORICAL_ARCHIVE)) ? null
				: user.visibleAgencyId();
		return this.mapper.find(kind, visible, status, 200);
	}

	public BatchView view(BatchKind kind, long id) {
		Batch batch = visible(kind, id);
		return new BatchView(batch, this.mapper.findItems(id), this.files.inBatch(id),
				this.mapper.findPackageWithdrawal(id), progress(batch));
	}

	/**
	 * A transfer's packaging once started; a destruction's erasure once decided (files
	 * destroyed of those destroyed and still on the list).
	 */
	private StepProgress progress(Batch batch) {
		if (batch.kind() == BatchKind.TRANSFER) {
			BatchMapper.StepCount packaged = this.mapper.countPackaged(batch.id());
			return (packaged == null) ? null : StepProgress.filesPackaged(packaged.done(), packaged.total());
		}
		if (batch.status() != BatchStatus.APPROVED && batch.status() != BatchStatus.COMPLETED) {
			return null;
		}
		long destroyed = this.mapper.countItems(batch.id(), BatchItemStatus.DESTROYED);
		long total = destroyed + this.mapper.countItems(batch.id(), BatchItemStatus.INCLUDED);
		return StepProgress.filesErased(destroyed, total);
	}

	/** One of the documents the batch produced: "list", "package" or "minutes". */
	public Download download(BatchKind kind, long id, String what) throws IOException {
		Batch batch = visible(kind, id);
		String sha = switch (what) {
			case "list" -> batch.listSha256();
			case "package" -> batch.packageSha256();
			case "minutes" -> batch.minutesSha256();
			default -> null;
		};
		if (sha == null || !this.store.exists(sha)) {
			throw new NotFoundException(what, batch.code());
		}
		// the list and the minutes stay as signed; the copy handed out says who printed
		// it
		InputStream content = switch (what) {
			case "list" -> PrintedCopy.xlsx(this.store.open(sha), this.marks.now());
			case "minutes" -> PrintedCopy.docx(this.store.open(sha), this.marks.now());
			default -> this.store.open(sha);
		};
		return new Download(fileName(batch, what), mediaType(what), content);
	}

	/**
	 * The record files' packages of a packaged transfer, one E-ARK package each; empty
	 * for a batch packaged before they were recorded one by one (its zip only).
	 */
	public List<BatchPackage> packages(BatchKind kind, long id) {
		Batch batch = visible(kind, id);
		if (batch.kind() != BatchKind.TRANSFER || batch.packageSha256() == null) {
			throw new NotFoundException("package", batch.code());
		}
		return this.mapper.findPackages(id);
	}

	/** The batch, when the caller may see it. */
	public Batch visible(BatchKind kind, long id) {
		Batch batch = this.mapper.findById(id);
		CurrentUser user = CurrentUsers.require();
		boolean archiveOfficer = kind == BatchKind.TRANSFER && user.has(Role.HISTORICAL_ARCHIVE);
		if (batch == null || batch.kind() != kind || !(archiveOfficer || user.visibleAgencyId() == null
				|| user.visibleAgencyId().equals(batch.agencyId()))) {
			throw new NotFoundException("batch", id);
		}
		return batch;
	}

	private static String fileName(Batch batch, String what) {
		return switch (what) {
			case "list" -> (batch.kind() == BatchKind.TRANSFER ? "muc-luc-ho-so-nop-luu-" : "danh-muc-tai-lieu-huy-")
					+ batch.code() + ".xlsx";
			case "package" -> "goi-nop-luu-" + batch.code() + ".zip";
			default -> (batch.kind() == BatchKind.TRANSFER ? "bien-ban-giao-nhan-" : "bien-ban-huy-tai-lieu-")
					+ batch.code() + ".docx";
		};
	}

	private static String mediaType(String what) {
		return switch (what) {
			case "list" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case "package" -> "application/zip";
			default -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
		};
	}

	/** A stored document ready to stream; the caller closes it. */
	public record Download(String fileName, String mediaType, InputStream content) {

	}

}
