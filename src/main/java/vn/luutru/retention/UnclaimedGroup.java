package vn.luutru.retention;

import java.time.LocalDate;

import vn.luutru.file.DueAction;

/**
 * The files a batch not claimed yet listed: an agency's files due for an action by a
 * date.
 */
record UnclaimedGroup(long agencyId, DueAction action, LocalDate dueBy) {

}
