package vn.luutru.dashboard;

/** A report a user may download: its address and the message code of its name. */
public record ReportLink(String href, String labelCode) {

}
