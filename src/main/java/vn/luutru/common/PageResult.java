package vn.luutru.common;

import java.util.List;

/** One page of a list, with the total number of matching rows. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

}
