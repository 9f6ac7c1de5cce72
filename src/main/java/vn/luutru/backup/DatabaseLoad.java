package vn.luutru.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Loads a {@link DatabaseDump} into a database whose schema Flyway has just made: empties
 * every table (the migrations' reference rows, Camunda's properties), inserts the dump's
 * rows with foreign keys unchecked, and tells H2 where its counters go on. The caller
 * commits: the whole load is one transaction.
 */
final class DatabaseLoad {

	private static final int BATCH = 500;

	private static final JsonFactory JSON = new JsonFactory();

	private DatabaseLoad() {
	}

	/** The header of a dump: which schema it needs. */
	record Header(String schemaVersion, List<String> migrations) {

	}

	/** Reads the header (the dump's first fields) without reading the tables. */
	static Header header(InputStream in) throws IOException {
		try (JsonParser json = JSON.createParser(in)) {
			String version = null;
			List<String> migrations = new ArrayList<>();
			expect(json.nextToken(), JsonToken.START_OBJECT);
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String field = json.currentName();
				JsonToken value = json.nextToken();
				switch (field) {
					case "format" -> {
						if (!DatabaseDump.FORMAT.equals(json.getText())) {
							throw new BackupRefusedException("Bản sao cơ sở dữ liệu có định dạng lạ: " + json.getText(),
									"unknown dump format: " + json.getText());
						}
					}
					case "schemaVersion" -> version = (value == JsonToken.VALUE_NULL) ? null : json.getText();
					case "migrations" -> {
						while (json.nextToken() != JsonToken.END_ARRAY) {
							migrations.add(json.getText());
						}
					}
					case "tables" -> {
						return new Header(version, migrations);
					}
					default -> json.skipChildren();
				}
			}
			throw new IOException("dump without tables");
		}
	}

	/** Loads every table; returns the rows inserted per table. */
	static Map<String, Long> load(DatabaseSchema schema, InputStream in) throws IOException, SQLException {
		Map<String, String> targetTables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (String table : schema.dataTables()) {
			targetTables.put(table, table);
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		schema.foreignKeyChecks(false);
		try (Statement s = schema.connection.createStatement()) {
			for (String table : targetTables.values()) {
				s.executeUpdate("delete from " + schema.quoted(table));
			}
		}
		try (JsonParser json = JSON.createParser(in)) {
			expect(json.nextToken(), JsonToken.START_OBJECT);
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String field = json.currentName();
				json.nextToken();
				if (!"tables".equals(field)) {
					json.skipChildren();
					continue;
				}
				while (json.nextToken() == JsonToken.START_OBJECT) {
					String dumped = loadTable(schema, json, targetTables, counts);
					targetTables.remove(dumped);
				}
			}
		}
		if (!targetTables.isEmpty()) {
			throw new BackupRefusedException("Bản sao thiếu các bảng " + targetTables.keySet(),
					"the dump lacks the tables " + targetTables.keySet());
		}
		if (schema.h2) {
			restartCounters(schema, counts.keySet());
		}
		schema.foreignKeyChecks(true);
		return counts;
	}

	private static String loadTable(DatabaseSchema schema, JsonParser json, Map<String, String> targetTables,
			Map<String, Long> counts) throws IOException, SQLException {
		String name = null;
		List<String> columns = new ArrayList<>();
		List<DumpColumnType> types = new ArrayList<>();
		long rows = 0;
		long expected = -1;
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String field = json.currentName();
			json.nextToken();
			switch (field) {
				case "name" -> name = json.getText();
				case "columns" -> {
					while (json.nextToken() == JsonToken.START_OBJECT) {
						Map<String, String> column = new LinkedHashMap<>();
						while (json.nextToken() == JsonToken.FIELD_NAME) {
							json.nextToken();
							column.put(json.currentName(), json.getText());
						}
						columns.add(column.get("name"));
						types.add(DumpColumnType.valueOf(column.get("type")));
					}
				}
				case "rows" -> rows = insertRows(schema, json, target(targetTables, name), columns, types);
				case "rowCount" -> expected = json.getLongValue();
				default -> json.skipChildren();
			}
		}
		if (expected != rows) {
			throw new BackupRefusedException("Bảng " + name + " có " + rows + " dòng, bản sao ghi " + expected,
					"table " + name + " holds " + rows + " rows, the dump says " + expected);
		}
		counts.put(target(targetTables, name), rows);
		return name;
	}

	private static long insertRows(DatabaseSchema schema, JsonParser json, String table, List<String> columns,
			List<DumpColumnType> types) throws IOException, SQLException {
		String sql = "insert into " + schema.quoted(table) + " ("
				+ columns.stream().map(schema::quoted).collect(Collectors.joining(", ")) + ") values ("
				+ columns.stream().map((c) -> "?").collect(Collectors.joining(", ")) + ")";
		try (PreparedStatement insert = schema.connection.prepareStatement(sql)) {
			long rows = 0;
			int pending = 0;
			while (json.nextToken() == JsonToken.START_ARRAY) {
				for (int i = 0; i < columns.size(); i++) {
					json.nextToken();
					types.get(i).bind(json, insert, i + 1);
				}
				expect(json.nextToken(), JsonToken.END_ARRAY);
				insert.addBatch();
				rows++;
				if (++pending == BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
			return rows;
		}
	}

	private static void restartCounters(DatabaseSchema schema, Iterable<String> tables) throws SQLException {
		for (String table : tables) {
			for (String column : schema.autoIncrementColumns(table)) {
				long next;
				try (Statement s = schema.connection.createStatement();
						ResultSet rs = s.executeQuery("select coalesce(max(" + schema.quoted(column) + "), 0) + 1 from "
								+ schema.quoted(table))) {
					rs.next();
					next = rs.getLong(1);
				}
				try (Statement s = schema.connection.createStatement()) {
					s.execute("alter table " + schema.quoted(table) + " alter column " + schema.quoted(column)
							+ " restart with " + next);
				}
			}
		}
	}

	private static String target(Map<String, String> targetTables, String name) {
		String table = targetTables.get(name);
		if (table == null) {
			throw new BackupRefusedException("Cơ sở dữ liệu đích không có bảng " + name + " của bản sao",
					"the target database has no table " + name + " of the dump");
		}
		return table;
	}

	private static void expect(JsonToken actual, JsonToken expected) throws IOException {
		if (actual != expected) {
			throw new IOException("malformed dump: " + expected + " expected, " + actual + " found");
		}
	}

}
