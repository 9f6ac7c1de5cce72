package vn.luutru.batch;

/**
 * A file on a batch's list that the batch's claim did not take, and whether it is held.
 */
record UnclaimedItem(long fileId, boolean onHold) {

}
