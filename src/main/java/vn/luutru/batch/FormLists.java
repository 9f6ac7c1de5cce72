package vn.luutru.batch;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the per-file lists a Tasklist form sends as a JSON string variable (files removed
 * from a transfer list, the council's decisions).
 */
public final class FormLists {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormLists() {
	}

	/** The list in the variable; empty when the form sent nothing. */
	public static <T> List<T> read(Object variable, Class<T> itemType, String name) {
		if (variable == null || variable.toString().isBlank()) {
			return List.of();
		}
		JavaType type = JSON.getTypeFactory().constructCollectionType(List.class, itemType);
		try {
			return JSON.readValue(variable.toString(), type);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(name + " is not a JSON list: " + ex.getMessage(), ex);
		}
	}

}
