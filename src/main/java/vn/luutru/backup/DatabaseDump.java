package vn.luutru.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes every table of the database (LuuTru's and Camunda's, Flyway's history aside) as
 * one JSON document, row after row, from the caller's transaction: run inside a snapshot
 * transaction it is a consistent dump. The format ({@value #FORMAT}) is documented in the
 * README: a header (schema version, the migrations applied, when it was taken), then per
 * table its columns with their portable type and its rows as arrays of JSON values.
 */
final class DatabaseDump {

	static final String FORMAT = "luutru-db-dump/1";

	private static final JsonFactory JSON = new JsonFactory();

	private DatabaseDump() {
	}

	/** Writes the dump; returns the rows written per table. */
	static Map<String, Long> write(DatabaseSchema schema, OutputStream out, Instant takenAt)
			throws SQLException, IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> migrations = schema.appliedMigrations();
		try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringField("format", FORMAT);
			json.writeStringField("takenAt", takenAt.toString());
			json.writeStringField("vendor", schema.vendor());
			json.writeStringField("schemaVersion", migrations.isEmpty() ? null : migrations.get(migrations.size() - 1));
			json.writeArrayFieldStart("migrations");
			for (String version : migrations) {
				json.writeString(version);
			}
			json.writeEndArray();
			json.writeArrayFieldStart("tables");
			for (String table : schema.dataTables()) {
				counts.put(table, writeTable(schema, table, json));
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return counts;
	}

	private static long writeTable(DatabaseSchema schema, String table, JsonGenerator json)
			throws SQLException, IOException {
		try (Statement s = schema.connection.createStatement()) {
			// MySQL Connector/J streams a result set only with this fetch size; H2 pages.
			s.setFetchSize(schema.h2 ? 1000 : Integer.MIN_VALUE);
			try (ResultSet rs = s.executeQuery("select * from " + schema.quoted(table))) {
				ResultSetMetaData md = rs.getMetaData();
				int n = md.getColumnCount();
				DumpColumnType[] types = new DumpColumnType[n];
				json.writeStartObject();
				json.writeStringField("name", table);
				json.writeArrayFieldStart("columns");
				for (int i = 1; i <= n; i++) {
					types[i - 1] = DumpColumnType.of(md.getColumnType(i));
					json.writeStartObject();
					json.writeStringField("name", md.getColumnLabel(i));
					json.writeStringField("type", types[i - 1].name());
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeArrayFieldStart("rows");
				long rows = 0;
				while (rs.next()) {
					json.writeStartArray();
					for (int i = 1; i <= n; i++) {
						types[i - 1].write(rs, i, json);
					}
					json.writeEndArray();
					rows++;
				}
				json.writeEndArray();
				json.writeNumberField("rowCount", rows);
				json.writeEndObject();
				return rows;
			}
		}
	}

}
