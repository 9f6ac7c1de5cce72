package vn.luutru.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param target the directory that receives the backup sets, meant for another medium
 * than the database and the content store
 * @param fullOnDay the day of the month (Vietnamese time) whose first backup is full; the
 * others are incremental on the last good set
 * @param cron when the scheduled backup runs (Quartz cron); {@code -} switches it off
 * @param progressEvery how many objects are copied between two progress updates of the
 * log
 */
@ConfigurationProperties("luutru.backup")
public record BackupProperties(Path target, Integer fullOnDay, String cron, Integer progressEvery) {

	@ConstructorBinding
	public BackupProperties {
		target = target.toAbsolutePath().normalize();
		fullOnDay = (fullOnDay == null) ? 1 : fullOnDay;
		if (fullOnDay < 1 || fullOnDay > 28) {
			throw new IllegalArgumentException("luutru.backup.full-on-day must be 1..28: " + fullOnDay);
		}
		cron = (cron == null || cron.isBlank()) ? "-" : cron;
		progressEvery = (progressEvery == null) ? 100 : progressEvery;
	}

}
