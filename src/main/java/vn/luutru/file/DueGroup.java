package vn.luutru.file;

/** An agency with files due for an action. */
public record DueGroup(long agencyId, DueAction action) {

}
