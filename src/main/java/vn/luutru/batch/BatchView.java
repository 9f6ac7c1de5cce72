package vn.luutru.batch;

import java.util.List;

import vn.luutru.file.RecordFile;
import vn.luutru.process.StepProgress;

/**
 * A batch with its list: what a decision-maker looks at in the Tasklist.
 * {@code packageWithdrawal} is null unless the batch's package was withdrawn.
 * {@code progress}: how far its long step has come (a transfer's packaging, a
 * destruction's erasure), null before it starts.
 */
public record BatchView(Batch batch, List<BatchItem> items, List<RecordFile> files, PackageWithdrawal packageWithdrawal,
		StepProgress progress) {

}
