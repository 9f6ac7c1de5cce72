package vn.luutru.content;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param root the directory of the content store (first copy)
 * @param replicaRoot the directory of the second copy of every object, meant for another
 * disk; next to {@code root} ({@code content-replica}) when not set; neither may contain
 * the other
 * @param fsync force every content file to disk before it becomes visible
 * @param stagingGrace how long a staging file must stay untouched for a node to take it
 * for one left by a node that stopped half-way (nodes may share the store); checked at
 * start and then once every such period
 */
@ConfigurationProperties("luutru.content")
public record ContentProperties(Path root, Path replicaRoot, Boolean fsync, Duration stagingGrace) {

	@ConstructorBinding
	public ContentProperties {
		root = root.toAbsolutePath().normalize();
		replicaRoot = (replicaRoot != null) ? replicaRoot.toAbsolutePath().normalize()
				: root.resolveSibling(root.getFileName() + "-replica");
		if (replicaRoot.startsWith(root) || root.startsWith(replicaRoot)) {
			throw new IllegalArgumentException(
					"luutru.content.replica-root must be apart from luutru.content.root: " + replicaRoot + ", " + root);
		}
		fsync = (fsync == null) ? Boolean.TRUE : fsync;
		stagingGrace = (stagingGrace == null) ? Duration.ofHours(1) : stagingGrace;
		if (stagingGrace.isNegative() || stagingGrace.isZero()) {
			throw new IllegalArgumentException("luutru.content.staging-grace must be positive: " + stagingGrace);
		}
	}

	public ContentProperties(Path root, Path replicaRoot, Boolean fsync) {
		this(root, replicaRoot, fsync, null);
	}

}
