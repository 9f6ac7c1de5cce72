package vn.luutru.dashboard;

import java.util.List;

/**
 * One page of the files behind a figure, and how many there are in all: counted up to a
 * cap, {@code moreThanTotal} when there are more.
 */
public record FileList(FileListQuery query, long total, boolean moreThanTotal, List<FileRow> rows) {

	public boolean truncated() {
		return this.total > this.rows.size();
	}

}
