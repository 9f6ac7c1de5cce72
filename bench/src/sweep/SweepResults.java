import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/** The figures of one sweep benchmark run, kept in a properties file between the steps. */
final class SweepResults {

	private final Path file;

	private final Properties values = new Properties();

	SweepResults(String file) throws IOException {
		this.file = Path.of(file);
		if (Files.exists(this.file)) {
			try (Reader in = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
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

	String str(String key) {
		return this.values.getProperty(key, "-");
	}

	long num(String key) {
		String v = this.values.getProperty(key);
		return (v == null) ? -1 : Long.parseLong(v);
	}

	double real(String key) {
		String v = this.values.getProperty(key);
		return (v == null) ? Double.NaN : Double.parseDouble(v);
	}

	void save() throws IOException {
		try (Writer out = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8)) {
			this.values.store(out, "LuuTru sweep benchmark");
		}
	}

}
