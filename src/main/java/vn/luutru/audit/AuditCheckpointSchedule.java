package vn.luutru.audit;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes a checkpoint every {@code luutru.audit.checkpoint-interval} (hourly by default)
 * when the chain has moved. A bean of its own, so that the call goes through the
 * transactional proxy of {@link AuditCheckpoints}.
 */
@Component
class AuditCheckpointSchedule {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpointSchedule.class);

	private final AuditCheckpoints checkpoints;

	AuditCheckpointSchedule(AuditCheckpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Scheduled(initialDelayString = "${luutru.audit.checkpoint-interval:PT1H}",
			fixedDelayString = "${luutru.audit.checkpoint-interval:PT1H}")
	void checkpoint() throws IOException {
		this.checkpoints.take()
			.ifPresent((c) -> log.info("Audit checkpoint at event #{} kept in the content store as {}", c.eventId(),
					c.contentSha256()));
	}

}
