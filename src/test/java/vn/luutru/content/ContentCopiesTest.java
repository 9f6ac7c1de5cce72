package vn.luutru.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every stored object is kept in two locations, and a read survives the loss of one. */
class ContentCopiesTest {

	@TempDir
	Path dir;

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	Path root() {
		return this.dir.resolve("content");
	}

	Path replica() {
		return this.dir.resolve("replica");
	}

	FileSystemContentStore store() throws IOException {
		return new FileSystemContentStore(new ContentProperties(root(), replica(), true));
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	StagedContent put(FileSystemContentStore store, byte[] bytes) throws IOException {
		StagedContent staged = store.stage(new ByteArrayInputStream(bytes));
		store.commit(staged);
		return staged;
	}

	static byte[] read(FileSystemContentStore store, String sha) throws IOException {
		try (InputStream in = store.open(sha)) {
			return in.readAllBytes();
		}
	}

	@Test
	void writesBothCopiesWithTheSameBytes() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = bytes("Quyết định số 12/QĐ-UBND");
		String sha = put(store, bytes).sha256();
		assertThat(store.path(sha)).startsWith(root()).hasBinaryContent(bytes);
		assertThat(store.replicaPath(sha)).startsWith(replica()).hasBinaryContent(bytes);
		assertThat(stored(root())).hasSize(1);
		assertThat(stored(replica())).hasSize(1);
	}

	@Test
	void readsFromTheSecondCopyWhenTheFirstIsDeletedAndMakesItAgain() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = bytes("Biên bản bàn giao");
		String sha = put(store, bytes).sha256();
		Files.delete(store.path(sha));
		assertThat(store.exists(sha)).isTrue();
		assertThat(read(store, sha)).isEqualTo(bytes);
		assertThat(store.path(sha)).hasBinaryContent(bytes);
	}

	@Test
	void readsFromTheSecondCopyWhenTheFirstRotted() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = bytes("Công văn đến");
		String sha = put(store, bytes).sha256();
		Files.write(store.path(sha), bytes("bit rot"), StandardOpenOption.APPEND);
		assertThat(read(store, sha)).isEqualTo(bytes);
	}

	@Test
	void readsTheFirstCopyWhenTheSecondRotted() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = bytes("Tờ trình");
		String sha = put(store, bytes).sha256();
		Files.write(store.replicaPath(sha), bytes("x"));
		assertThat(read(store, sha)).isEqualTo(bytes);
	}

	@Test
	void aRottedOnlyCopyIsStillReadSoThatTheMismatchShows() throws Exception {
		FileSystemContentStore store = store();
		String sha = put(store, bytes("Báo cáo")).sha256();
		Files.delete(store.replicaPath(sha));
		Files.write(store.path(sha), bytes("rotted"));
		assertThat(read(store, sha)).isEqualTo(bytes("rotted"));
		assertThat(store.replicaPath(sha)).doesNotExist();
		store.erase(sha);
		assertThat(store.exists(sha)).isFalse();
		assertThatThrownBy(() -> store.open(sha)).isInstanceOf(IOException.class);
	}

	@Test
	void aSecondCopyThatCannotBeWrittenLeavesNothing() throws Exception {
		FileSystemContentStore store = store();
		Path staging = replica().resolve(".staging");
		Files.delete(staging);
		Files.writeString(staging, "not a directory");
		StagedContent staged = store.stage(new ByteArrayInputStream(bytes("Hồ sơ")));
		assertThatThrownBy(() -> store.commit(staged)).isInstanceOf(IOException.class);
		assertThat(store.exists(staged.sha256())).isFalse();
		assertThat(stored(root())).isEmpty();
		assertThat(stored(replica())).isEmpty();
		assertThat(staging(root())).isEmpty();
	}

	@Test
	void aSecondCopyThatCannotBePlacedTakesTheFirstAwayAgain() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = bytes("Hồ sơ nhân sự");
		String sha = store.stage(new ByteArrayInputStream(bytes)).sha256();
		Files.writeString(replica().resolve(sha.substring(0, 2)), "not a directory");
		StagedContent staged = store.stage(new ByteArrayInputStream(bytes));
		assertThatThrownBy(() -> store.place(staged)).isInstanceOf(IOException.class);
		assertThat(stored(root())).isEmpty();
		assertThat(staging(root())).hasSize(1);
		assertThat(staging(replica())).isEmpty();
	}

	@Test
	void storingBytesThatAreThereMakesThemYoungForTheReconciliation() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = bytes("Danh mục của bước bị dừng, ghi lại y hệt");
		String sha = put(store, bytes).sha256();
		java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
		for (Path copy : List.of(store.path(sha), store.replicaPath(sha))) {
			Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.from(hourAgo.minusSeconds(60)));
		}
		assertThat(store.writtenBefore(sha, hourAgo)).isTrue();
		assertThat(store.objectsWrittenBefore(null, 10, hourAgo)).containsExactly(sha);
		assertThat(store.place(store.stage(new ByteArrayInputStream(bytes)))).isFalse();
		assertThat(store.writtenBefore(sha, hourAgo)).isFalse();
		assertThat(store.objectsWrittenBefore(null, 10, hourAgo)).isEmpty();
	}

	@Test
	void walksOldObjectsOfBothLocationsInChunks() throws Exception {
		FileSystemContentStore store = store();
		java.util.TreeSet<String> old = new java.util.TreeSet<>();
		for (int i = 0; i < 7; i++) {
			old.add(put(store, bytes("Văn bản số " + i)).sha256());
		}
		// Left in one location only: still an object to look at.
		Files.delete(store.path(old.first()));
		Files.delete(store.replicaPath(old.last()));
		java.time.Instant now = java.time.Instant.now();
		String young = put(store, bytes("Văn bản vừa ghi")).sha256();
		Files.setLastModifiedTime(store.path(young), java.nio.file.attribute.FileTime.from(now.plusSeconds(60)));
		List<String> walked = new java.util.ArrayList<>();
		String after = null;
		List<String> chunk;
		while (!(chunk = store.objectsWrittenBefore(after, 3, now.plusSeconds(1))).isEmpty()) {
			assertThat(chunk).hasSizeLessThanOrEqualTo(3);
			walked.addAll(chunk);
			after = chunk.get(chunk.size() - 1);
		}
		assertThat(walked).containsExactlyElementsOf(old);
	}

	@Test
	void erasingRemovesBothCopies() throws Exception {
		FileSystemContentStore store = store();
		String sha = put(store, bytes("Danh mục hồ sơ hủy")).sha256();
		assertThat(store.erase(sha)).isTrue();
		assertThat(store.path(sha)).doesNotExist();
		assertThat(store.replicaPath(sha)).doesNotExist();
		assertThat(store.exists(sha)).isFalse();
		assertThat(store.erase(sha)).isFalse();
	}

	@Test
	void aRollbackRemovesBothNewCopies() throws Exception {
		FileSystemContentStore store = store();
		TransactionSynchronizationManager.initSynchronization();
		String sha = put(store, bytes("Gói nộp lưu")).sha256();
		rollBack();
		assertThat(store.path(sha)).doesNotExist();
		assertThat(store.replicaPath(sha)).doesNotExist();
	}

	@Test
	void aRollbackKeepsAnObjectStoredBeforeWhoseSecondCopyItMade() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = bytes("Biên bản kiểm tra");
		String sha = put(store, bytes).sha256();
		Files.delete(store.replicaPath(sha));
		TransactionSynchronizationManager.initSynchronization();
		put(store, bytes);
		rollBack();
		assertThat(store.path(sha)).hasBinaryContent(bytes);
		assertThat(store.replicaPath(sha)).hasBinaryContent(bytes);
	}

	@Test
	void aStoreKeptInOneCopyGetsItsSecondCopies() throws Exception {
		FileSystemContentStore store = store();
		List<String> shas = List.of(put(store, bytes("một")).sha256(), put(store, bytes("hai")).sha256(),
				put(store, bytes("ba")).sha256());
		for (String sha : shas) {
			Files.delete(store.replicaPath(sha));
		}
		// A rotted first copy is not copied: it would make two bad copies.
		Files.write(store.path(shas.get(2)), bytes("rotted"));
		FileSystemContentStore upgraded = store();
		assertThat(upgraded.replicateMissing()).as("two made, one could not be").isEqualTo(-1);
		assertThat(upgraded.replicaPath(shas.get(0))).hasBinaryContent(bytes("một"));
		assertThat(upgraded.replicaPath(shas.get(1))).hasBinaryContent(bytes("hai"));
		assertThat(upgraded.replicaPath(shas.get(2))).doesNotExist();
		Files.delete(store.path(shas.get(2)));
		assertThat(upgraded.replicateMissing()).isZero();
		assertThat(staging(replica())).isEmpty();
	}

	@Test
	void theBackgroundPassAfterStartCopiesOnceAndMarksTheSecondLocation() throws Exception {
		FileSystemContentStore store = store();
		String sha = put(store, bytes("Hồ sơ cũ")).sha256();
		Files.delete(store.replicaPath(sha));
		store.replicateInBackground();
		Path marker = replica().resolve(FileSystemContentStore.REPLICATED);
		for (int i = 0; i < 100 && !Files.exists(marker); i++) {
			Thread.sleep(50);
		}
		assertThat(marker).exists();
		assertThat(store.replicaPath(sha)).hasBinaryContent(bytes("Hồ sơ cũ"));
		// Done once: a later start does not walk the store again.
		Files.delete(store.replicaPath(sha));
		store.replicateInBackground();
		Thread.sleep(300);
		assertThat(store.replicaPath(sha)).doesNotExist();
	}

	@Test
	void aReadMakesTheMissingSecondCopy() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = bytes("Sổ đăng ký");
		String sha = put(store, bytes).sha256();
		Files.delete(store.replicaPath(sha));
		assertThat(read(store, sha)).isEqualTo(bytes);
		assertThat(store.replicaPath(sha)).hasBinaryContent(bytes);
	}

	@Test
	void refusesASecondLocationInsideTheFirst() {
		assertThatThrownBy(() -> new ContentProperties(root(), root().resolve("replica"), true))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new ContentProperties(root(), null, true).replicaRoot())
			.isEqualTo(this.dir.resolve("content-replica").toAbsolutePath());
	}

	private static void rollBack() {
		TransactionSynchronizationManager.getSynchronizations()
			.forEach((s) -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
	}

	static List<Path> stored(Path location) throws IOException {
		try (Stream<Path> files = Files.walk(location)) {
			return files.filter(Files::isRegularFile)
				.filter((p) -> ContentLocation.SHA256.matcher(p.getFileName().toString()).matches())
				.toList();
		}
	}

	static List<Path> staging(Path location) throws IOException {
		try (Stream<Path> files = Files.list(location.resolve(".staging"))) {
			return files.toList();
		}
	}

}
