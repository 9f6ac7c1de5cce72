package vn.luutru.common;

/**
 * The request is well formed but the record is not in a state that allows it (HTTP 409).
 */
public class ConflictException extends RuntimeException {

	private final String code;

	private final Object[] args;

	public ConflictException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	public String code() {
		return this.code;
	}

	public Object[] args() {
		return this.args;
	}

}
