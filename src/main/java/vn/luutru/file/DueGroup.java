package vn.luutru.file;

/** How many files of one agency fall due for one action. */
public record DueGroup(long agencyId, DueAction action, int files) {

}
