package vn.luutru.batch;

import java.util.List;

import vn.luutru.file.RecordFile;

/**
 * A batch with its list: what a decision-maker looks at in the Tasklist.
 * {@code packageWithdrawal} is null unless the batch's package was withdrawn.
 */
public record BatchView(Batch batch, List<BatchItem> items, List<RecordFile> files,
		PackageWithdrawal packageWithdrawal) {

}
