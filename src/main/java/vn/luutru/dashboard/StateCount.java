package vn.luutru.dashboard;

import vn.luutru.file.FileStatus;

/** How many files are in one state. */
public record StateCount(FileStatus status, long files) {

}
