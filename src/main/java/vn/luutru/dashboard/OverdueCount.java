package vn.luutru.dashboard;

import vn.luutru.file.DueAction;

/** Files late for one action: deposits, transfers or destruction reviews. */
public record OverdueCount(DueAction action, long files) {

}
