package vn.luutru.file;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Record files for the rules' unit tests: a complete, closed file kept 10 years whose
 * work ended on 20/12/2015, changed one field at a time.
 */
public final class RecordFiles {

	private long id = 1L;

	private int fileYear = 2015;

	private String maintenanceCode = "06";

	private Integer retentionYears = 10;

	private String creator = "Nguyễn Văn An";

	private LocalDate startDate = LocalDate.of(2015, 1, 10);

	private LocalDate endDate = LocalDate.of(2015, 12, 20);

	private int docTotal = 2;

	private int sheetTotal = 3;

	private int pageTotal = 5;

	private FileStatus status = FileStatus.CLOSED;

	private Instant depositedAt;

	private LocalDate retainedUntil;

	private LocalDate returnedOn;

	private RecordFiles() {
	}

	public static RecordFiles aFile() {
		return new RecordFiles();
	}

	public RecordFiles id(long id) {
		this.id = id;
		return this;
	}

	public RecordFiles fileYear(int fileYear) {
		this.fileYear = fileYear;
		return this;
	}

	/** Kept a number of years (code 07), or permanent (code 01) when null. */
	public RecordFiles retentionYears(Integer years) {
		this.retentionYears = years;
		this.maintenanceCode = (years == null) ? "01" : "07";
		return this;
	}

	public RecordFiles creator(String creator) {
		this.creator = creator;
		return this;
	}

	public RecordFiles startDate(LocalDate startDate) {
		this.startDate = startDate;
		return this;
	}

	public RecordFiles endDate(LocalDate endDate) {
		this.endDate = endDate;
		return this;
	}

	public RecordFiles totals(int documents, int sheets, int pages) {
		this.docTotal = documents;
		this.sheetTotal = sheets;
		this.pageTotal = pages;
		return this;
	}

	public RecordFiles status(FileStatus status) {
		this.status = status;
		return this;
	}

	public RecordFiles depositedAt(Instant depositedAt) {
		this.depositedAt = depositedAt;
		return this;
	}

	public RecordFiles retainedUntil(LocalDate retainedUntil) {
		this.retainedUntil = retainedUntil;
		return this;
	}

	public RecordFiles returnedOn(LocalDate returnedOn) {
		this.returnedOn = returnedOn;
		return this;
	}

	public RecordFile build() {
		String fileCode = FileCodes.fileCode("000.00.06.H53", this.fileYear, this.id + ".VP");
		return new RecordFile(this.id, 10L, "000.00.06.H53", 10L, fileCode, this.fileYear, this.id + ".VP",
				"Hồ sơ thử " + this.id, null, null, this.maintenanceCode, this.retentionYears, "01", "01", null, null,
				this.creator, null, this.startDate, this.endDate, "01", "01", null, this.docTotal, this.sheetTotal,
				this.pageTotal, this.status, null, null, false, "TT05-2025", "vanthu", null, null, this.depositedAt,
				this.retainedUntil, null, null, null, this.returnedOn, null, null);
	}

}
