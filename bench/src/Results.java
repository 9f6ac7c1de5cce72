import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The figures of one benchmark run (capture or sweep), kept in a properties file between
 * the steps. Each read method names what it returns for a figure that is not there.
 */
final class Results {

	private final Path file;

	private final Properties values = new Properties();

	Results(Path file) throws IOException {
		this.file = file;
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				this.values.load(in);
			}
		}
	}

	void put(String key, Object value) {
		this.values.setProperty(key, (value instanceof Double d) ? String.format(Locale.ROOT, "%.3f", d)
				: String.valueOf(value));
	}

	boolean has(String key) {
		return this.values.containsKey(key);
	}

	String strOrNull(String key) {
		return this.values.getProperty(key);
	}

	/** The figure as text, or "-" (as a table shows a missing figure). */
	String strOrDash(String key) {
		return this.values.getProperty(key, "-");
	}

	double realOrNaN(String key) {
		String v = this.values.getProperty(key);
		return (v == null) ? Double.NaN : Double.parseDouble(v);
	}

	/** A whole number (a count), or -1. */
	long longOrMinusOne(String key) {
		String v = this.values.getProperty(key);
		return (v == null) ? -1 : Long.parseLong(v);
	}

	void save() throws IOException {
		try (Writer out = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8)) {
			this.values.store(out, "LuuTru benchmark");
		}
	}

}
