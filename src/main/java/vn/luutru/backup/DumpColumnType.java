package vn.luutru.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * How a column's values are written in the dump: a portable JSON value per SQL type, read
 * and written without the connection's time zone (a DATETIME is stored as it reads).
 */
enum DumpColumnType {

	INTEGER, DECIMAL, BOOLEAN, TEXT, BINARY, TIMESTAMP, DATE, TIME;

	static DumpColumnType of(int sqlType) {
		return switch (sqlType) {
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
			case Types.DECIMAL, Types.NUMERIC, Types.FLOAT, Types.REAL, Types.DOUBLE -> DECIMAL;
			case Types.BIT, Types.BOOLEAN -> BOOLEAN;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
			case Types.DATE -> DATE;
			case Types.TIME -> TIME;
			default -> TEXT;
		};
	}

	/** Writes the value of the column as JSON (null as null). */
	void write(ResultSet rs, int column, JsonGenerator out) throws SQLException, java.io.IOException {
		switch (this) {
			case INTEGER -> {
				long v = rs.getLong(column);
				if (rs.wasNull()) {
					out.writeNull();
				}
				else {
					out.writeNumber(v);
				}
			}
			case BOOLEAN -> {
				boolean v = rs.getBoolean(column);
				if (rs.wasNull()) {
					out.writeNull();
				}
				else {
					out.writeBoolean(v);
				}
			}
			case DECIMAL -> writeText(out, text(rs.getBigDecimal(column)));
			case BINARY -> {
				byte[] v = rs.getBytes(column);
				writeText(out, (v != null) ? Base64.getEncoder().encodeToString(v) : null);
			}
			case TIMESTAMP -> writeText(out, text(rs.getObject(column, LocalDateTime.class)));
			case DATE -> writeText(out, text(rs.getObject(column, LocalDate.class)));
			case TIME -> writeText(out, text(rs.getObject(column, LocalTime.class)));
			case TEXT -> writeText(out, rs.getString(column));
		}
	}

	/** Reads the parser's current value and binds it to the statement. */
	void bind(JsonParser in, PreparedStatement statement, int index) throws SQLException, java.io.IOException {
		if (in.currentToken() == JsonToken.VALUE_NULL) {
			statement.setNull(index, switch (this) {
				case INTEGER -> Types.BIGINT;
				case DECIMAL -> Types.DECIMAL;
				case BOOLEAN -> Types.BOOLEAN;
				case BINARY -> Types.VARBINARY;
				case TIMESTAMP -> Types.TIMESTAMP;
				case DATE -> Types.DATE;
				case TIME -> Types.TIME;
				case TEXT -> Types.VARCHAR;
			});
			return;
		}
		switch (this) {
			case INTEGER -> statement.setLong(index, in.getLongValue());
			case BOOLEAN -> statement.setBoolean(index, in.getBooleanValue());
			case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(in.getText()));
			case BINARY -> statement.setBytes(index, Base64.getDecoder().decode(in.getText()));
			case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(in.getText()));
			case DATE -> statement.setObject(index, LocalDate.parse(in.getText()));
			case TIME -> statement.setObject(index, LocalTime.parse(in.getText()));
			case TEXT -> statement.setString(index, in.getText());
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static void writeText(JsonGenerator out, String value) throws java.io.IOException {
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeString(value);
		}
	}

}
