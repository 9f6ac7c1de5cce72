package vn.luutru.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.luutru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** A retention sweep run through the API, as an archivist runs it. */
final class Sweeps {

	private Sweeps() {
	}

	/**
	 * Starts a sweep, lets {@code jobs} run the engine's jobs, checks the sweep is done
	 * and returns the agency's batches of one kind ({@code transfers} or
	 * {@code destructions}).
	 */
	static List<JsonNode> run(Api archivist, Runnable jobs, String agencyCode, String kind) {
		Api.Response run = archivist.post("/api/v1/retention/sweeps", Map.of());
		assertThat(run.status()).as(run.toString()).isEqualTo(202);
		jobs.run();
		JsonNode finished = archivist.get("/api/v1/retention/sweeps/" + run.json().path("id").asLong()).json();
		assertThat(finished.path("status").asText()).isEqualTo("DONE");
		List<JsonNode> batches = new ArrayList<>();
		archivist.get("/api/v1/" + kind).json().forEach((b) -> {
			if (b.path("agencyCode").asText().equals(agencyCode)) {
				batches.add(b);
			}
		});
		return batches;
	}

}
