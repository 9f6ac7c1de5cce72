package vn.luutru.report;

import vn.luutru.file.DueAction;

/** The files of one agency due for one action in the report's period. */
record DeadlineGroup(String agencyName, DueAction dueAction, long files, long overdue, long documents, long pages) {

}
