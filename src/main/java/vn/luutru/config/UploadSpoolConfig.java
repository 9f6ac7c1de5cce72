package vn.luutru.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import vn.luutru.web.StreamedUploads;

/**
 * Uploads spool to {@code spring.servlet.multipart.location} (under the data folder),
 * where the content reconciliation clears what a killed process left. Tomcat would take a
 * relative location for one inside its own temporary folder and refuses a missing one:
 * the location is made absolute against the working folder, as every other data path, and
 * created. The routes of {@link StreamedUploads} take their body apart themselves,
 * without the spool: for them the multipart resolver leaves the request as it is.
 */
@Configuration(proxyBeanMethods = false)
class UploadSpoolConfig {

	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties multipart) throws IOException {
		String location = multipart.getLocation();
		if (location != null && !location.isBlank()) {
			Path spool = Path.of(location).toAbsolutePath().normalize();
			Files.createDirectories(spool);
			multipart.setLocation(spool.toString());
		}
		return multipart.createMultipartConfig();
	}

	/**
	 * Boot's resolver with its settings, except for the streamed routes (Boot's own backs
	 * off for this one).
	 */
	@Bean
	StandardServletMultipartResolver multipartResolver(MultipartProperties multipart) {
		StandardServletMultipartResolver resolver = new StandardServletMultipartResolver() {
			@Override
			public boolean isMultipart(HttpServletRequest request) {
				return !StreamedUploads.streams(request) && super.isMultipart(request);
			}
		};
		resolver.setResolveLazily(multipart.isResolveLazily());
		resolver.setStrictServletCompliance(multipart.isStrictServletCompliance());
		return resolver;
	}

}
