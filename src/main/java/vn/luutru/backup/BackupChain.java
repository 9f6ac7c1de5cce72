package vn.luutru.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.luutru.audit.AuditSignatures;

/**
 * A set and the sets it builds on, newest first, down to its full set: what a restore
 * reads, and what an incremental backup need not copy again. The sets of a chain are
 * sibling directories.
 */
final class BackupChain {

	/** More sets than a month of daily incrementals: a loop in the bases, not a chain. */
	private static final int LONGEST = 400;

	final List<Path> sets = new ArrayList<>();

	final List<BackupManifest> manifests = new ArrayList<>();

	/** Object → the newest set of the chain holding it. */
	private final Map<String, Path> objects = new HashMap<>();

	private BackupChain() {
	}

	/** Reads the manifests from the set down to its full set; refuses a broken chain. */
	static BackupChain of(Path set) {
		BackupChain chain = new BackupChain();
		Path current = set.toAbsolutePath().normalize();
		while (true) {
			BackupManifest manifest = BackupManifest.read(current);
			chain.sets.add(current);
			chain.manifests.add(manifest);
			for (BackupManifest.ManifestFile file : manifest.files()) {
				if (file.path().startsWith("objects/")) {
					chain.objects.putIfAbsent(file.sha256(), current);
				}
			}
			if (manifest.kind() == BackupKind.FULL) {
				return chain;
			}
			if (manifest.baseSetName() == null || chain.sets.size() > LONGEST) {
				throw new BackupRefusedException(
						"Bộ sao lưu gia tăng " + manifest.setName() + " không dẫn về bộ toàn bộ",
						"the incremental set " + manifest.setName() + " does not lead to a full set");
			}
			current = current.resolveSibling(manifest.baseSetName());
		}
	}

	/** Whether a set of the chain holds the object. */
	boolean holds(String sha256) {
		return this.objects.containsKey(sha256);
	}

	/** The object's file in the newest set holding it; null when none does. */
	Path locate(String sha256) {
		Path set = this.objects.get(sha256);
		return (set != null) ? set.resolve(BackupManifest.objectPath(sha256)) : null;
	}

	/**
	 * Checks the signature of every set's manifest, then re-hashes every file of every
	 * set of the chain against its manifest.
	 */
	void verify(AuditSignatures signatures) {
		for (Path set : this.sets) {
			BackupManifest.verifySignature(set, signatures);
		}
		for (int i = 0; i < this.sets.size(); i++) {
			this.manifests.get(i).verify(this.sets.get(i));
		}
	}

}
