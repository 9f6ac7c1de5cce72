package vn.luutru.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.common.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuditKeysTest {

	@TempDir
	Path dir;

	@Test
	void generatesAKeyFileReadableByItsOwnerOnlyAndKeepsIt() throws Exception {
		Path file = this.dir.resolve("keys/audit.key");
		AuditKeys first = new AuditKeys("", file, List.of());
		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(new AuditKeys("", file, List.of()).current().id()).isEqualTo(first.current().id());
	}

	@Test
	void rotationRetiresTheOldKeyWhereTheNextStartFindsIt() throws Exception {
		Path file = this.dir.resolve("keys/audit.key");
		AuditKeys keys = new AuditKeys("", file, List.of());
		String old = keys.current().id();
		String next = keys.rotate().id();
		assertThat(next).isNotEqualTo(old);
		assertThat(this.dir.resolve("keys/retired/" + old + ".key")).exists();
		AuditKeys restarted = new AuditKeys("", file, List.of());
		assertThat(restarted.current().id()).isEqualTo(next);
		assertThat(restarted.byId(old)).isNotNull();
	}

	@Test
	void aNodeSharingTheKeyFolderTakesUpAnotherNodesRotation() throws Exception {
		Path file = this.dir.resolve("keys/audit.key");
		AuditKeys rotating = new AuditKeys("", file, List.of());
		AuditKeys other = new AuditKeys("", file, List.of());
		String old = other.current().id();
		String next = rotating.rotate().id();
		assertThat(other.current().id()).isEqualTo(old);
		assertThat(other.takeUp(next)).isTrue();
		assertThat(other.current().id()).isEqualTo(next);
		assertThat(other.byId(old)).isNotNull();
		assertThat(other.takeUp("00000000")).isFalse();
		assertThat(other.current().id()).isEqualTo(next);
	}

	@Test
	void aConfiguredKeyWinsAndIsRotatedInTheConfigurationOnly() throws Exception {
		String key = Base64.getEncoder().encodeToString(new byte[32]);
		String retired = Base64.getEncoder()
			.encodeToString(new byte[] { 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9 });
		AuditKeys keys = new AuditKeys(key, this.dir.resolve("keys/audit.key"), List.of(retired));
		assertThat(keys.current().id()).isEqualTo("66687aad");
		assertThat(keys.byId(AuditKey.of(Base64.getDecoder().decode(retired)).id())).isNotNull();
		assertThat(this.dir.resolve("keys/audit.key")).doesNotExist();
		assertThatExceptionOfType(ConflictException.class).isThrownBy(keys::rotate);
	}

}
