package vn.luutru.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each step of the demo load once: the step and the row saying it is done commit
 * together, so that a load killed half way is taken up by the next start where it
 * stopped, with nothing made twice (the bytes of a capture rolled back are the store
 * reconciliation's).
 */
@Component
@Profile("demo")
class DemoSteps {

	/** The last step: the demo is complete. */
	static final String COMPLETE = "complete";

	private final DemoStepMapper mapper;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoSteps(DemoStepMapper mapper, TransactionTemplate transaction, Clock clock) {
		this.mapper = mapper;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Whether a load has begun (complete or not). */
	boolean begun() {
		return this.mapper.count() > 0;
	}

	boolean done(String key) {
		return this.mapper.find(key) != null;
	}

	/**
	 * Runs {@code step} unless done, in one transaction with its marker.
	 * @return the id the step made, now or the first time
	 */
	Long once(String key, Supplier<Long> step) {
		return this.transaction.execute((tx) -> {
			DemoStepMapper.DoneStep done = this.mapper.find(key);
			if (done != null) {
				return done.resultId();
			}
			Long id = step.get();
			stepDone(key);
			this.mapper.insert(key, id, Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS));
			return id;
		});
	}

	void once(String key, Runnable step) {
		once(key, () -> {
			step.run();
			return null;
		});
	}

	/** Called when a step's work is done, before its marker: a test stops a load here. */
	void stepDone(String key) {
	}

}
