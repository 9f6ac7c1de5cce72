package vn.luutru.common;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.web.multipart.MultipartFile;

/**
 * Opens an uploaded .xlsx for an import, or answers 400 on the field {@code file}: too
 * large, not a workbook, or more data rows than the import takes. The rows are counted
 * while streaming ({@link SheetRowLimit}), so that an oversized sheet is refused before
 * it is built in memory.
 *
 * @param maxBytes the largest upload taken
 * @param maxRows the most data rows taken
 * @param tooLarge message key for a file over {@code maxBytes} ({0}: the limit in MB)
 * @param notWorkbook message key for a file that is no readable .xlsx
 * @param tooManyRows message key for a sheet over {@code maxRows} ({0}: the limit)
 */
public record UploadedWorkbook(long maxBytes, int maxRows, String tooLarge, String notWorkbook, String tooManyRows) {

	/**
	 * The workbook, which the caller closes.
	 * @param leadingRows the title and header rows above the data
	 */
	public Workbook open(MultipartFile file, int leadingRows) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "error.required");
		}
		if (file.getSize() > this.maxBytes) {
			throw InvalidInputException.of("file", this.tooLarge, this.maxBytes / (1024 * 1024));
		}
		Path copy = null;
		try {
			// From a file, POI reads the package's parts on demand instead of inflating
			// them all into memory.
			copy = Files.createTempFile("luutru-import-", ".xlsx");
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			return open(copy.toFile(), leadingRows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(copy);
		}
	}

	/**
	 * A workbook already on disk (taken out of an uploaded archive), checked as an
	 * uploaded one; the caller closes it, then may delete the file.
	 */
	public Workbook open(Path file, int leadingRows) {
		checkSize(file);
		return open(file.toFile(), leadingRows);
	}

	/**
	 * A workbook on disk, checked as an uploaded one, opened as its package only: for
	 * reading its sheet row by row ({@link StreamedSheet}) instead of building it in
	 * memory. The caller reverts the package, then may delete the file.
	 */
	public OPCPackage openPackage(Path file, int leadingRows) {
		checkSize(file);
		return checkedPackage(file.toFile(), leadingRows);
	}

	private void checkSize(Path file) {
		try {
			if (Files.size(file) > this.maxBytes) {
				throw InvalidInputException.of("file", this.tooLarge, this.maxBytes / (1024 * 1024));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Workbook open(File copy, int leadingRows) {
		OPCPackage pkg = checkedPackage(copy, leadingRows);
		try {
			return new XSSFWorkbook(pkg);
		}
		catch (IOException | RuntimeException ex) {
			// POI signals a non-OOXML or damaged file with assorted runtime exceptions.
			pkg.revert();
			throw InvalidInputException.of("file", this.notWorkbook);
		}
	}

	/** The package, its first sheet's rows counted against the limit. */
	private OPCPackage checkedPackage(File copy, int leadingRows) {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(copy, PackageAccess.READ);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			throw InvalidInputException.of("file", this.notWorkbook);
		}
		try {
			if (SheetRowLimit.exceeds(pkg, this.maxRows + leadingRows)) {
				throw InvalidInputException.of("file", this.tooManyRows, this.maxRows);
			}
			return pkg;
		}
		catch (InvalidInputException ex) {
			pkg.revert();
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// POI signals a non-OOXML or damaged file with assorted runtime exceptions.
			pkg.revert();
			throw InvalidInputException.of("file", this.notWorkbook);
		}
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				path.toFile().deleteOnExit();
			}
		}
	}

}
