package vn.luutru.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipFile;

import vn.luutru.common.InvalidInputException;
import vn.luutru.common.ZipGuard;

/**
 * The uploaded ZIP of an intake: the sheet {@value #SHEET} at its root and the content
 * files it lists, by their paths in the ZIP. Checked before anything is kept by
 * {@link ZipGuard} (names, nested archives, sizes, zip bombs); each refusal is a 400 on
 * {@code file}.
 */
final class IntakeZip {

	static final String SHEET = "metadata.xlsx";

	private IntakeZip() {
	}

	/** The content entries' names, the sheet excluded. */
	static Set<String> check(Path zip, IntakeSettings settings) {
		Set<String> names = new LinkedHashSet<>(ZipGuard.check(zip,
				new ZipGuard.Limits(settings.maxEntrySize().toBytes(), settings.maxTotalSize().toBytes(),
						settings.maxRatio(), settings.ratioFloor().toBytes()),
				SHEET::equals));
		if (!names.remove(SHEET)) {
			throw InvalidInputException.of("file", "intake.error.noSheet", SHEET);
		}
		return names;
	}

	/**
	 * The content entries' names of a ZIP already checked (its central directory only).
	 */
	static Set<String> entryNames(Path zip) {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Set<String> names = new LinkedHashSet<>();
			file.stream()
				.filter((e) -> !e.isDirectory() && !e.getName().equals(SHEET))
				.forEach((e) -> names.add(e.getName()));
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies the sheet out of the ZIP, to be opened as a workbook. */
	static void extractSheet(Path zip, Path target) {
		try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(SHEET))) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
