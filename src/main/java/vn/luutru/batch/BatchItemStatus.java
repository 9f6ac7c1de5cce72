package vn.luutru.batch;

/**
 * What became of one file on a batch: INCLUDED until it is decided; RETURNED with a
 * rejected list, REMOVED from the list with a reason, DROPPED_HOLD or DROPPED_NOT_DUE
 * when it left before the list was built or an irreversible step, EXTENDED by the
 * council, and TRANSFERRED or DESTROYED at the end. HELD_BACK: in the package the
 * historical archive accepted, but put on hold before the change of custody, so kept by
 * the agency (the handover minutes name it).
 */
public enum BatchItemStatus {

	INCLUDED, RETURNED, REMOVED, DROPPED_HOLD, DROPPED_NOT_DUE, EXTENDED, TRANSFERRED, DESTROYED, HELD_BACK

}
