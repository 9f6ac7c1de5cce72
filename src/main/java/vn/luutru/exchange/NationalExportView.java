package vn.luutru.exchange;

import java.util.List;

/** A run with the files it exported so far and those that failed, with why. */
public record NationalExportView(NationalExportRun run, List<ExportedFile> exported, List<FailedExport> failed) {

}
