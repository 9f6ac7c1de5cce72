package vn.luutru.exchange;

import java.util.List;

/**
 * What to export: the listed files, or every permanent file the historical archive holds
 * that is not yet exported ({@code all: true}); exactly one of the two.
 */
public record NewNationalExport(List<Long> fileIds, Boolean all) {

}
