package vn.luutru.config;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat takes a relative spool location for one in its own temporary folder, where the
 * reconciliation would never look: the default data folder (./data) must not end there.
 */
class UploadSpoolConfigTest {

	@Test
	void aRelativeSpoolLocationIsTheWorkingFoldersAndExists() throws Exception {
		String relative = "target/spool-test-" + System.nanoTime() + "/upload-spool";
		MultipartProperties properties = new MultipartProperties();
		properties.setLocation(relative);
		MultipartConfigElement element = new UploadSpoolConfig().multipartConfigElement(properties);
		Path expected = Path.of(relative).toAbsolutePath().normalize();
		assertThat(new File(element.getLocation())).isAbsolute();
		assertThat(Path.of(element.getLocation())).isEqualTo(expected).isDirectory();
		assertThat(properties.getLocation()).isEqualTo(expected.toString());
		Files.delete(expected);
	}

}
