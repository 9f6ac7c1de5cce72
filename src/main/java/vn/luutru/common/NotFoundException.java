package vn.luutru.common;

/**
 * The thing asked for does not exist or is not visible to the caller; both answer 404 so
 * that another agency's records do not even show that they exist.
 */
public class NotFoundException extends RuntimeException {

	private final String entity;

	private final Object id;

	public NotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
		this.id = id;
	}

	public String entity() {
		return this.entity;
	}

	public Object id() {
		return this.id;
	}

}
