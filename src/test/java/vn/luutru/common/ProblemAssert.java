package vn.luutru.common;

import com.fasterxml.jackson.databind.JsonNode;

import vn.luutru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a refusal as a user reads it: the status, a problem detail, and the field's
 * message in Vietnamese and in English.
 */
public final class ProblemAssert {

	private ProblemAssert() {
	}

	/**
	 * Asserts that the answer is a problem detail with the status, naming the field with
	 * messages that contain the given Vietnamese and English texts; returns the field's
	 * error.
	 */
	public static JsonNode refused(Api.Response r, int status, String field, String vi, String en) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
		JsonNode error = null;
		for (JsonNode e : r.json().path("errors")) {
			if (e.path("field").asText().equals(field)) {
				error = e;
			}
		}
		assertThat(error).as("no error on %s in %s", field, r).isNotNull();
		assertThat(error.path("message").asText()).as(r.toString()).contains(vi);
		assertThat(error.path("messageEn").asText()).as(r.toString()).contains(en);
		return error;
	}

}
