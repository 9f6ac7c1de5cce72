import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs. */
final class SweepArgs {

	private final Map<String, String> values = new HashMap<>();

	SweepArgs(String[] args, int from) {
		for (int i = from; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value at " + args[i]);
			}
			this.values.put(args[i].substring(2), args[++i]);
		}
	}

	String str(String name) {
		String v = this.values.get(name);
		if (v == null) {
			throw new IllegalArgumentException("missing --" + name);
		}
		return v;
	}

	String opt(String name, String fallback) {
		return this.values.getOrDefault(name, fallback);
	}

	int num(String name) {
		return Integer.parseInt(str(name));
	}

}
