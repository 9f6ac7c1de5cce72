package vn.luutru.exchange;

import java.util.List;

/** A run with the files it exported so far. */
public record NationalExportView(NationalExportRun run, List<ExportedFile> exported) {

}
