package vn.luutru.forms;

/**
 * The fill of a report row, so that a reader sees at a glance what needs acting on. Light
 * tints only: the reports are printed in black and white as often as in colour.
 */
public enum RowHighlight {

	/** No fill. */
	NONE,
	/** Light green: met, in order. */
	GOOD,
	/** Light yellow: close, falling due soon. */
	WARNING,
	/** Light red: overdue, missed. */
	ALERT

}
