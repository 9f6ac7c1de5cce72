package vn.luutru.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemContentStoreTest {

	@TempDir
	Path dir;

	Path root;

	Path replica;

	@BeforeEach
	void locations() {
		this.root = this.dir.resolve("content");
		this.replica = this.dir.resolve("content-replica");
	}

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	FileSystemContentStore store() throws IOException {
		return new FileSystemContentStore(new ContentProperties(this.root, this.replica, true));
	}

	@Test
	void storesUnderItsSha256AndHidesStagedBytes() throws Exception {
		byte[] bytes = "Biên bản giao nhận tài liệu".getBytes(StandardCharsets.UTF_8);
		FileSystemContentStore store = store();
		StagedContent staged = store.stage(new ByteArrayInputStream(bytes));
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		assertThat(staged.sha256()).isEqualTo(sha);
		assertThat(staged.size()).isEqualTo(bytes.length);
		assertThat(store.exists(sha)).isFalse();
		store.commit(staged);
		assertThat(store.exists(sha)).isTrue();
		assertThat(store.path(sha)).startsWith(this.root.resolve(sha.substring(0, 2)));
		try (InputStream in = store.open(sha)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThat(stagingFiles()).isZero();
	}

	@Test
	void removesNewContentWhenTheTransactionRollsBack() throws Exception {
		FileSystemContentStore store = store();
		TransactionSynchronizationManager.initSynchronization();
		StagedContent staged = store.stage(new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
		store.commit(staged);
		assertThat(store.exists(staged.sha256())).isTrue();
		TransactionSynchronizationManager.getSynchronizations()
			.forEach((s) -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
		assertThat(store.exists(staged.sha256())).isFalse();
	}

	@Test
	void keepsContentStoredEarlierWhenALaterCopyRollsBack() throws Exception {
		FileSystemContentStore store = store();
		StagedContent first = store.stage(new ByteArrayInputStream(new byte[] { 9, 9 }));
		store.commit(first);
		TransactionSynchronizationManager.initSynchronization();
		StagedContent second = store.stage(new ByteArrayInputStream(new byte[] { 9, 9 }));
		store.commit(second);
		TransactionSynchronizationManager.getSynchronizations()
			.forEach((s) -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
		assertThat(store.exists(first.sha256())).isTrue();
		assertThat(stagingFiles()).isZero();
	}

	@Test
	void leavesNothingWhenTheStreamFailsHalfWay() throws Exception {
		FileSystemContentStore store = store();
		InputStream failing = new InputStream() {
			int n;

			@Override
			public int read() throws IOException {
				if (++this.n > 100_000) {
					throw new IOException("connection reset");
				}
				return 7;
			}
		};
		assertThatThrownBy(() -> store.stage(failing)).isInstanceOf(IOException.class);
		assertThat(stagingFiles()).isZero();
	}

	@Test
	void stagesWhatAWriterWritesAndDropsItWhenTheWriterFails() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = "biên bản".getBytes(StandardCharsets.UTF_8);
		StagedContent staged = store.stage((out) -> out.write(bytes));
		assertThat(staged.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		assertThat(staged.size()).isEqualTo(bytes.length);
		store.discard(staged);
		assertThatThrownBy(() -> store.stage((out) -> {
			out.write(bytes);
			throw new IOException("disk full");
		})).isInstanceOf(IOException.class);
		assertThat(stagingFiles()).isZero();
	}

	@Test
	void startingRemovesStagingFilesLeftByAStoppedNodeOnly() throws Exception {
		Path staging = Files.createDirectories(this.root.resolve(".staging"));
		Path abandoned = Files.write(staging.resolve("abandoned"), new byte[] { 1 });
		Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		Path live = Files.write(staging.resolve("live"), new byte[] { 2 });
		store();
		assertThat(abandoned).doesNotExist();
		assertThat(live).exists();
	}

	@Test
	void refusesNamesThatAreNotChecksums() throws Exception {
		assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aBatchMadeDurableTogetherIsPlacedInBothCopies() throws Exception {
		FileSystemContentStore store = store();
		List<byte[]> contents = List.of("Công văn 1".getBytes(StandardCharsets.UTF_8),
				"Công văn 2".getBytes(StandardCharsets.UTF_8), "Quyết định 3".getBytes(StandardCharsets.UTF_8));
		List<StagedContent> staged = new ArrayList<>();
		for (byte[] bytes : contents) {
			staged.add(store.stageUnforced(new ByteArrayInputStream(bytes)));
		}
		store.makeDurable(staged);
		// The second copies wait, checked, in the second location's staging area.
		assertThat(stagingFiles(this.replica)).isEqualTo(3);
		for (int i = 0; i < staged.size(); i++) {
			String sha = staged.get(i).sha256();
			assertThat(store.place(staged.get(i))).isTrue();
			assertThat(Files.readAllBytes(store.path(sha))).isEqualTo(contents.get(i));
			assertThat(Files.readAllBytes(store.replicaPath(sha))).isEqualTo(contents.get(i));
			assertThat(store.check(sha).allGood()).isTrue();
		}
		assertThat(stagingFiles()).isZero();
		assertThat(stagingFiles(this.replica)).isZero();
	}

	@Test
	void aBatchMemberNotPlacedLeavesNoFileBehind() throws Exception {
		FileSystemContentStore store = store();
		StagedContent kept = store.stageUnforced(new ByteArrayInputStream(new byte[] { 4, 5, 6 }));
		StagedContent refused = store.stageUnforced(new ByteArrayInputStream(new byte[] { 7, 8, 9 }));
		store.makeDurable(List.of(kept, refused));
		store.discard(refused);
		assertThat(store.place(kept)).isTrue();
		assertThat(store.exists(refused.sha256())).isFalse();
		assertThat(Files.exists(store.replicaPath(refused.sha256()))).isFalse();
		assertThat(stagingFiles()).isZero();
		assertThat(stagingFiles(this.replica)).isZero();
	}

	@Test
	void unforcedContentPlacedWithoutTheBatchStepStillGetsBothCopies() throws Exception {
		FileSystemContentStore store = store();
		byte[] bytes = "Tờ trình".getBytes(StandardCharsets.UTF_8);
		StagedContent staged = store.stageUnforced(new ByteArrayInputStream(bytes));
		assertThat(store.place(staged)).isTrue();
		assertThat(Files.readAllBytes(store.path(staged.sha256()))).isEqualTo(bytes);
		assertThat(Files.readAllBytes(store.replicaPath(staged.sha256()))).isEqualTo(bytes);
		// The same bytes again: nothing new placed, the prepared second copy not left
		// over.
		StagedContent again = store.stageUnforced(new ByteArrayInputStream(bytes));
		store.makeDurable(List.of(again));
		assertThat(store.place(again)).isFalse();
		assertThat(stagingFiles()).isZero();
		assertThat(stagingFiles(this.replica)).isZero();
	}

	private long stagingFiles() throws IOException {
		return stagingFiles(this.root);
	}

	private long stagingFiles(Path location) throws IOException {
		try (Stream<Path> files = Files.list(location.resolve(".staging"))) {
			return files.count();
		}
	}

}
