package vn.luutru.schedule;

/** What happens to a file when its retention ends. */
public enum DispositionAction {

	/** Permanent files go to the historical archive. */
	TRANSFER,
	/** Fixed-term files are reviewed for destruction. */
	DESTROY,
	/** The council reviews and decides. */
	REVIEW

}
