package vn.luutru.content;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running node clears what a killed node left in staging once every grace period
 * ({@code luutru.content.staging-grace}), not only when a node starts.
 */
@ApiTest
class StagingCleanupScheduleApiTest extends ApiTestSupport {

	@Autowired
	List<ScheduledTaskHolder> schedules;

	@Test
	void abandonedStagingFilesAreClearedEveryGracePeriod() {
		List<FixedDelayTask> cleanups = this.schedules.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map((scheduled) -> scheduled.getTask())
			.filter((task) -> task instanceof FixedDelayTask)
			.map((task) -> (FixedDelayTask) task)
			.filter((task) -> String.valueOf(task.getRunnable())
				.equals(FileSystemContentStore.class.getName() + ".removeAbandonedStaging"))
			.toList();
		assertThat(cleanups).hasSize(1);
		assertThat(cleanups.get(0).getIntervalDuration()).isEqualTo(Duration.ofHours(1));
		assertThat(cleanups.get(0).getInitialDelayDuration()).isEqualTo(Duration.ofHours(1));
	}

}
