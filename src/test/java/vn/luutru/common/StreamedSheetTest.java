package vn.luutru.common;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet read row by row gives each cell as the user reads it: dates whatever their
 * display form, whole numbers without ".0", Vietnamese text as typed, blank cells and
 * empty rows left out.
 */
class StreamedSheetTest {

	@TempDir
	Path dir;

	@Test
	void cellsReadAsTheUserReadsThem() throws Exception {
		Path file = this.dir.resolve("muc-luc.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Mục lục");
			CellStyle usDate = workbook.createCellStyle();
			usDate.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
			CellStyle vnDate = workbook.createCellStyle();
			vnDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Số, ký hiệu");
			header.createCell(2).setCellValue("Ngày văn bản");
			Row row = sheet.createRow(3);
			row.createCell(0).setCellValue("12/QĐ-UBND");
			row.createCell(1).setCellValue(7.0);
			row.createCell(2).setCellValue(LocalDate.of(2026, 1, 5));
			row.getCell(2).setCellStyle(usDate);
			row.createCell(3).setCellValue(LocalDate.of(2019, 12, 31));
			row.getCell(3).setCellStyle(vnDate);
			row.createCell(4).setCellValue(2.5);
			row.createCell(5).setCellValue("   ");
			sheet.createRow(4).createCell(0).setCellValue("");
			workbook.write(out);
		}

		List<Integer> indexes = new ArrayList<>();
		List<Map<Integer, String>> rows = new ArrayList<>();
		OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		try {
			StreamedSheet.read(pkg, (index, cells) -> {
				indexes.add(index);
				rows.add(new TreeMap<>(cells));
			});
		}
		finally {
			pkg.revert();
		}

		assertThat(indexes).as("empty rows are left out").containsExactly(0, 3);
		assertThat(rows.get(0)).containsExactly(Map.entry(0, "Số, ký hiệu"), Map.entry(2, "Ngày văn bản"));
		assertThat(rows.get(1)).containsExactly(Map.entry(0, "12/QĐ-UBND"), Map.entry(1, "7"),
				Map.entry(2, "05/01/2026"), Map.entry(3, "31/12/2019"), Map.entry(4, "2.5"));
	}

}
