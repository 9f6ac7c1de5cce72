package vn.luutru.hostile;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import vn.luutru.support.Api;

/**
 * One signed-in officer as the hostile suite drives him: his role, how far he reads by
 * design, and every request counted.
 */
record Officer(String name, String userId, Api api, Reach reach) {

	static final AtomicInteger REQUESTS = new AtomicInteger();

	/** How far an officer reads by design (README, CurrentUser.visibleAgencyId). */
	enum Reach {

		/** His own agency's records only. */
		AGENCY,
		/** His agency's records and every agency's transfers (historical archive). */
		ARCHIVE,
		/** Every agency's records, read-only (manager). */
		PROVINCE

	}

	boolean readsAll() {
		return this.reach == Reach.PROVINCE;
	}

	Api.Response get(String path) {
		REQUESTS.incrementAndGet();
		return this.api.get(path);
	}

	Api.Response post(String path, Object body) {
		REQUESTS.incrementAndGet();
		return this.api.post(path, body);
	}

	Api.Response put(String path, Object body) {
		REQUESTS.incrementAndGet();
		return this.api.put(path, body);
	}

	Api.Response delete(String path) {
		REQUESTS.incrementAndGet();
		return this.api.delete(path);
	}

	Api.Response multipart(String path, Map<String, Api.Part> parts) {
		REQUESTS.incrementAndGet();
		return this.api.multipart(path, parts);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
