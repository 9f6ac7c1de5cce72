package vn.luutru;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.luutru.backup.BackupCommand;

/**
 * LuuTru: the records lifecycle of a province's agencies, from capture to the historical
 * archive.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LuuTruApplication {

	public static void main(String[] args) {
		if (BackupCommand.handles(args)) {
			System.exit(BackupCommand.run(LuuTruApplication.class, args));
		}
		SpringApplication.run(LuuTruApplication.class, args);
	}

}
