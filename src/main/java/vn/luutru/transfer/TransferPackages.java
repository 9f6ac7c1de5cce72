package vn.luutru.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchKind;
import vn.luutru.batch.BatchPackage;
import vn.luutru.batch.BatchQueries;
import vn.luutru.common.NotFoundException;
import vn.luutru.content.ContentStore;
import vn.luutru.transfer.pkg.PackageSlice;

/**
 * A transfer batch's packages one by one: each record file's E-ARK package, cut out of
 * the batch's zip as the zip a peer archive (and the E-ARK validator) takes as one
 * package. The batch's zip itself is a bundle of packages, not a package.
 */
@Service
public class TransferPackages {

	private final BatchQueries batches;

	private final ContentStore store;

	TransferPackages(BatchQueries batches, ContentStore store) {
		this.batches = batches;
		this.store = store;
	}

	/** The packages of a transfer the caller may see, in the order of the batch's zip. */
	public List<BatchPackage> list(long batchId) {
		return this.batches.packages(BatchKind.TRANSFER, batchId);
	}

	/** One record file's package, ready to be written out. */
	public Download open(long batchId, String fileCode) {
		Batch batch = this.batches.visible(BatchKind.TRANSFER, batchId);
		List<BatchPackage> all = list(batchId);
		BatchPackage pkg = all.stream()
			.filter((p) -> p.fileCode().equals(fileCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("fileCode", fileCode));
		String sha256 = batch.packageSha256();
		if (!this.store.exists(sha256)) {
			throw new NotFoundException("package", batch.code());
		}
		long directoryOffset = all.stream().mapToLong((p) -> p.entriesOffset() + p.entriesSize()).max().orElseThrow();
		PackageSlice.Place place = new PackageSlice.Place(pkg.objectId(), pkg.entriesOffset(), pkg.entriesSize(),
				directoryOffset);
		return new Download(pkg, (out) -> PackageSlice.write(() -> this.store.open(sha256), place, out));
	}

	/**
	 * A package to write out: its zip is {@code <objectId>.zip}, of the recorded size.
	 */
	public record Download(BatchPackage pkg, Writer writer) {

		public String fileName() {
			return this.pkg.objectId() + ".zip";
		}

	}

	/** Writes the package to a stream it leaves open. */
	@FunctionalInterface
	public interface Writer {

		void writeTo(OutputStream out) throws IOException;

	}

}
