package vn.luutru.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param root the directory of the content store
 * @param fsync force every content file to disk before it becomes visible
 */
@ConfigurationProperties("luutru.content")
public record ContentProperties(Path root, Boolean fsync) {

	public ContentProperties {
		fsync = (fsync == null) ? Boolean.TRUE : fsync;
	}

}
