package vn.luutru.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.poi.openxml4j.opc.OPCPackage;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

import vn.luutru.common.FileNames;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.UploadedWorkbook;

/**
 * Takes an uploaded ZIP into the spool and reads its sheet, refusing (400, nothing kept)
 * a hostile or inconsistent one: see {@link IntakeZip}; a sheet over the row limit; a
 * sheet listing a file the ZIP lacks, or a ZIP holding a file the sheet does not list.
 */
@Component
class IntakeUpload {

	private static final int SHOWN = 5;

	private final IntakeSettings settings;

	IntakeUpload(IntakeSettings settings) {
		this.settings = settings;
	}

	/**
	 * An accepted upload: its name as sent (cleaned), where it waits, its sheet read, and
	 * the content files its ZIP holds (none for a sheet alone).
	 */
	record Accepted(String uploadName, Path dir, Path zip, IntakeSheet.Read sheet, Set<String> entries) {

	}

	/** The spooled ZIP of a round of an intake: round 1 the first upload. */
	static String zipName(int round) {
		return (round == 1) ? "intake.zip" : "round-" + round + ".zip";
	}

	/** A new intake's ZIP, spooled in a folder of its own. */
	Accepted accept(MultipartFile upload) {
		String uploadName = required(upload);
		Path dir = this.settings.spoolDir().resolve(UUID.randomUUID().toString());
		return discardOnFailure(dir, IntakeUpload::discard, () -> {
			Files.createDirectories(dir);
			return acceptZip(upload, uploadName, dir, zipName(1), (name) -> false);
		});
	}

	/**
	 * A corrected ZIP sent back as round {@code round}, spooled beside the intake's first
	 * one and checked as it was; a row may name a content an earlier round's ZIP holds
	 * ({@code heldEarlier}). Nothing is kept when it is refused.
	 */
	Accepted acceptZipRound(MultipartFile upload, Path dir, int round, Predicate<String> heldEarlier) {
		String uploadName = required(upload);
		Path zip = dir.resolve(zipName(round));
		return discardOnFailure(zip, IntakeUpload::discardFile,
				() -> acceptZip(upload, uploadName, dir, zip.getFileName().toString(), heldEarlier));
	}

	private interface Step {

		Accepted run() throws IOException;

	}

	/** Runs the step; if it fails, what it spooled at {@code spooled} is discarded. */
	private static Accepted discardOnFailure(Path spooled, Consumer<Path> discard, Step step) {
		try {
			return step.run();
		}
		catch (IOException ex) {
			discard.accept(spooled);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			discard.accept(spooled);
			throw ex;
		}
	}

	/**
	 * A corrected sheet sent back alone: every content it names must be in a ZIP the
	 * intake already received. The sheet is read and let go (its rows are kept in the
	 * database).
	 */
	Accepted acceptSheetRound(MultipartFile upload, Path dir, int round, Predicate<String> heldEarlier) {
		String uploadName = required(upload);
		Path sheetFile = dir.resolve("round-" + round + ".xlsx");
		try {
			upload.transferTo(sheetFile);
			IntakeSheet.Read sheet = openSheet(sheetFile);
			matchContents(sheet.rows(), Set.of(), heldEarlier);
			return new Accepted(uploadName, dir, null, sheet, Set.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			discardFile(sheetFile);
		}
	}

	private Accepted acceptZip(MultipartFile upload, String uploadName, Path dir, String name,
			Predicate<String> heldEarlier) throws IOException {
		Path zip = dir.resolve(name);
		upload.transferTo(zip);
		Set<String> entries = IntakeZip.check(zip, this.settings);
		IntakeSheet.Read sheet = readSheet(zip, dir);
		matchContents(sheet.rows(), entries, heldEarlier);
		return new Accepted(uploadName, dir, zip, sheet, entries);
	}

	/** The upload's name, checked as every upload's is. */
	private static String required(MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			throw InvalidInputException.of("file", "error.required");
		}
		return FileNames.checked(upload.getOriginalFilename());
	}

	private IntakeSheet.Read readSheet(Path zip, Path dir) throws IOException {
		Path sheetFile = dir.resolve("sheet.xlsx");
		IntakeZip.extractSheet(zip, sheetFile);
		try {
			return openSheet(sheetFile);
		}
		finally {
			Files.deleteIfExists(sheetFile);
		}
	}

	private IntakeSheet.Read openSheet(Path sheetFile) throws IOException {
		UploadedWorkbook upload = new UploadedWorkbook(this.settings.maxEntrySize().toBytes(), this.settings.maxRows(),
				"intake.error.sheetTooLarge", "intake.error.notWorkbook", "intake.error.tooManyRows");
		OPCPackage workbook = upload.openPackage(sheetFile, 1);
		try {
			IntakeSheet.Read read = IntakeSheet.read(workbook);
			if (read.rows().isEmpty()) {
				throw InvalidInputException.of("file", "intake.error.noRows");
			}
			return read;
		}
		catch (IOException ex) {
			// a part of the package that does not read as a sheet
			throw InvalidInputException.of("file", "intake.error.notWorkbook");
		}
		finally {
			workbook.revert();
		}
	}

	private static void matchContents(List<IntakeRow> rows, Set<String> entries, Predicate<String> heldEarlier) {
		Set<String> listed = new LinkedHashSet<>();
		List<String> absent = new ArrayList<>();
		for (IntakeRow row : rows) {
			if (row.contentName() != null) {
				listed.add(row.contentName());
				if (!entries.contains(row.contentName()) && !heldEarlier.test(row.contentName())) {
					absent.add(row.contentName());
				}
			}
		}
		if (!absent.isEmpty()) {
			throw InvalidInputException.of("file", "intake.error.contentAbsent", absent.size(), shown(absent));
		}
		List<String> unlisted = entries.stream().filter((e) -> !listed.contains(e)).toList();
		if (!unlisted.isEmpty()) {
			throw InvalidInputException.of("file", "intake.error.contentUnlisted", unlisted.size(), shown(unlisted));
		}
	}

	private static String shown(List<String> names) {
		String list = String.join(", ", names.subList(0, Math.min(SHOWN, names.size())));
		return (names.size() > SHOWN) ? list + ", …" : list;
	}

	static void discardFile(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

	static void discard(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			dir.toFile().deleteOnExit();
		}
	}

}
