package vn.luutru.common;

/**
 * Page number (from 0) and size, bounded so that no request can ask for the whole table.
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 500;

	public static PageRequest of(Integer page, Integer size) {
		int p = (page == null || page < 0) ? 0 : page;
		int s = (size == null || size < 1) ? 50 : Math.min(size, MAX_SIZE);
		return new PageRequest(p, s);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
