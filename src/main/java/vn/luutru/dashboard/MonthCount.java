package vn.luutru.dashboard;

import vn.luutru.file.DueAction;

/** Files falling due for one action in one month ({@code yyyy-MM}). */
public record MonthCount(String month, DueAction action, long files) {

}
