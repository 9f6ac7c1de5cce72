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

import org.apache.poi.ss.usermodel.Workbook;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

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

	/** An accepted upload: where it waits, and its sheet read. */
	record Accepted(Path dir, Path zip, IntakeSheet.Read sheet) {

	}

	Accepted accept(MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			throw InvalidInputException.of("file", "error.required");
		}
		Path dir = this.settings.spoolDir().resolve(UUID.randomUUID().toString());
		try {
			Files.createDirectories(dir);
			Path zip = dir.resolve("intake.zip");
			upload.transferTo(zip);
			Set<String> entries = IntakeZip.check(zip, this.settings);
			IntakeSheet.Read sheet = readSheet(zip, dir);
			matchContents(sheet.rows(), entries);
			return new Accepted(dir, zip, sheet);
		}
		catch (IOException ex) {
			discard(dir);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			discard(dir);
			throw ex;
		}
	}

	private IntakeSheet.Read readSheet(Path zip, Path dir) throws IOException {
		Path sheetFile = dir.resolve("sheet.xlsx");
		IntakeZip.extractSheet(zip, sheetFile);
		UploadedWorkbook upload = new UploadedWorkbook(this.settings.maxEntrySize().toBytes(), this.settings.maxRows(),
				"intake.error.sheetTooLarge", "intake.error.notWorkbook", "intake.error.tooManyRows");
		try (Workbook workbook = upload.open(sheetFile, 1)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw InvalidInputException.of("file", "intake.error.noRows");
			}
			IntakeSheet.Read read = IntakeSheet.read(workbook.getSheetAt(0));
			if (read.rows().isEmpty()) {
				throw InvalidInputException.of("file", "intake.error.noRows");
			}
			return read;
		}
		finally {
			Files.deleteIfExists(sheetFile);
		}
	}

	private static void matchContents(List<IntakeRow> rows, Set<String> entries) {
		Set<String> listed = new LinkedHashSet<>();
		List<String> absent = new ArrayList<>();
		for (IntakeRow row : rows) {
			if (row.contentName() != null) {
				listed.add(row.contentName());
				if (!entries.contains(row.contentName())) {
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

	static void discard(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			dir.toFile().deleteOnExit();
		}
	}

}
