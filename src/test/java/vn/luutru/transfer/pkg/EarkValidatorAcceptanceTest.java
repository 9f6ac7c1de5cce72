package vn.luutru.transfer.pkg;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.luutru.support.EarkValidator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package LuuTru writes passes the E-ARK reference validator (commons-ip2) with no
 * MUST error, as a peer archive would check it before accepting it (issue 11).
 */
class EarkValidatorAcceptanceTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(PackageType.class)
	void eachPackageOfABatchPassesTheReferenceValidator(PackageType type) {
		PackageZip zip = PackageZip.write(PackageFixtures.request(type));
		Map<String, Path> packages = EarkValidator.splitPackages(zip.bytes(), this.dir);
		assertThat(packages).as("one package per record file").hasSize(2);
		packages.forEach((name, path) -> assertThat(EarkValidator.mustErrors(path)).as(type + " " + name).isEmpty());
	}

}
