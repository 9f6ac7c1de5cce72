package vn.luutru.dashboard;

import java.util.List;

/** One page of the files behind a figure, and how many there are in all. */
public record FileList(FileListQuery query, long total, List<FileRow> rows) {

	public boolean truncated() {
		return this.total > this.rows.size();
	}

}
