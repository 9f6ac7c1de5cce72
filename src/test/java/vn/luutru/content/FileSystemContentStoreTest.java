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
import java.util.HexFormat;
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

	private long stagingFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.root.resolve(".staging"))) {
			return files.count();
		}
	}

}
