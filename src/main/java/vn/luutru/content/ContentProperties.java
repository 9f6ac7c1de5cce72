package vn.luutru.content;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param root the directory of the content store
 * @param fsync force every content file to disk before it becomes visible
 * @param stagingGrace how long a staging file must stay untouched for a node to take it
 * for one left by a node that stopped half-way (nodes may share the store); checked at
 * start and then once every such period
 */
@ConfigurationProperties("luutru.content")
public record ContentProperties(Path root, Boolean fsync, Duration stagingGrace) {

	@ConstructorBinding
	public ContentProperties {
		fsync = (fsync == null) ? Boolean.TRUE : fsync;
		stagingGrace = (stagingGrace == null) ? Duration.ofHours(1) : stagingGrace;
		if (stagingGrace.isNegative() || stagingGrace.isZero()) {
			throw new IllegalArgumentException("luutru.content.staging-grace must be positive: " + stagingGrace);
		}
	}

	public ContentProperties(Path root, Boolean fsync) {
		this(root, fsync, null);
	}

}
