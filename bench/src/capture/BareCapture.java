import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The capture ceiling: a bare endpoint in the same JVM technology as LuuTru, the JDK's
 * HTTP server, taking the same multipart uploads from the same client. Per request: the
 * Basic login compared, the multipart body taken apart while read (a boundary search over
 * a 64 KB buffer), the metadata part kept, the content part hashed (SHA-256) and written
 * to two files on the way (LuuTru keeps every object in two copies), both forced to disk,
 * then one transaction inserting a document row and an audit row into tables shaped like
 * {@code lt_document} and {@code lt_audit_event} ({@link CeilingTables}). No checks beyond
 * that, no framework: the least durable work a capture over HTTP can do on this machine and
 * database. Responses go out with TCP_NODELAY, as Tomcat sends them: the JDK's server
 * otherwise writes the headers and the body in two packets, and Nagle's algorithm with the
 * client's delayed ACK holds the second for about 40 ms.
 *
 * <pre>
 * java BareCapture --port P --jdbc-url URL --jdbc-user U [--jdbc-password W] --dir DIR
 *                  --login user:password [--threads N]
 * </pre>
 */
public final class BareCapture {

	private static final Pattern ROUTE = Pattern.compile("/api/v1/files/(\\d+)/documents");

	private static final Pattern CODE_NUMBER = Pattern.compile("\"codeNumber\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

	private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

	private final Args args;

	private final Path dir;

	private final Path copies;

	private final String authorization;

	private final AtomicLong ids = new AtomicLong();

	private final ThreadLocal<Writer> writers = ThreadLocal.withInitial(Writer::new);

	private BareCapture(Args args) throws IOException {
		this.args = args;
		this.dir = Files.createDirectories(args.path("dir"));
		this.copies = Files.createDirectories(this.dir.resolve("second-copy"));
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString(args.str("login").getBytes(StandardCharsets.UTF_8));
	}

	public static void main(String[] argv) throws Exception {
		Args a = new Args(argv, 0);
		// Read by the JDK's server when it is created; Tomcat's default as well.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		BareCapture capture = new BareCapture(a);
		try (Connection c = capture.connect(); Statement st = c.createStatement()) {
			for (String sql : CeilingTables.DDL) {
				st.execute(sql);
			}
			c.commit();
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", a.num("port")), 256);
		server.setExecutor(Executors.newFixedThreadPool(Integer.parseInt(a.opt("threads", "16"))));
		server.createContext("/", capture::handle);
		server.start();
		System.out.println("[bare] listening on " + a.num("port"));
	}

	private Connection connect() throws Exception {
		Connection c = DriverManager.getConnection(this.args.str("jdbc-url"), this.args.str("jdbc-user"),
				this.args.opt("jdbc-password", ""));
		c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		c.setAutoCommit(false);
		return c;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Matcher route = ROUTE.matcher(exchange.getRequestURI().getPath());
			if (!"POST".equals(exchange.getRequestMethod()) || !route.matches()) {
				answer(exchange, 404, "{}");
				return;
			}
			if (!this.authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				answer(exchange, 401, "{}");
				return;
			}
			String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
			int b = type.indexOf("boundary=");
			if (b < 0) {
				answer(exchange, 400, "{}");
				return;
			}
			try {
				String body = this.writers.get()
					.capture(Long.parseLong(route.group(1)), type.substring(b + 9).strip(),
							exchange.getRequestBody());
				answer(exchange, 201, body);
			}
			catch (Exception ex) {
				answer(exchange, 500, "{\"error\":\"" + ex.toString().replace('"', '\'') + "\"}");
			}
		}
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** One per server thread: its connection, statements and digest. */
	private final class Writer {

		private final Connection connection;

		private final PreparedStatement doc;

		private final PreparedStatement audit;

		private final MessageDigest sha;

		Writer() {
			try {
				this.connection = connect();
				this.doc = this.connection.prepareStatement(CeilingTables.INSERT_DOC);
				this.audit = this.connection.prepareStatement(CeilingTables.INSERT_AUDIT);
				this.sha = MessageDigest.getInstance("SHA-256");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		String capture(long fileId, String boundary, InputStream body) throws Exception {
			long n = BareCapture.this.ids.incrementAndGet();
			MultipartReader parts = new MultipartReader(body, boundary);
			byte[] metadata = null;
			String fileName = null;
			long size = -1;
			String hash = null;
			Path file = BareCapture.this.dir.resolve(n + ".bin");
			Path copy = BareCapture.this.copies.resolve(n + ".bin");
			for (String headers = parts.next(); headers != null; headers = parts.next()) {
				Matcher name = NAME.matcher(headers);
				String part = name.find() ? name.group(1) : "";
				if (part.equals("content")) {
					Matcher fn = FILE_NAME.matcher(headers);
					fileName = fn.find() ? fn.group(1) : "content";
					this.sha.reset();
					try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
							StandardOpenOption.WRITE);
							FileChannel second = FileChannel.open(copy, StandardOpenOption.CREATE_NEW,
									StandardOpenOption.WRITE)) {
						size = parts.body(new ChannelSink(channel, second, this.sha));
						channel.force(true);
						second.force(true);
					}
					hash = HexFormat.of().formatHex(this.sha.digest());
				}
				else {
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					parts.body(bytes);
					if (part.equals("metadata")) {
						metadata = bytes.toByteArray();
					}
				}
			}
			if (metadata == null || hash == null) {
				throw new IllegalArgumentException("metadata and content parts expected");
			}
			Matcher number = CODE_NUMBER.matcher(new String(metadata, StandardCharsets.UTF_8));
			String code = "000.00.77.B01.2025." + fileId + ".BENCH." + n;
			Timestamp now = new Timestamp(System.currentTimeMillis());
			CeilingTables.insert(this.doc, this.audit, fileId, n, code, number.find() ? number.group(1) : null,
					hash, size, fileName, now);
			this.connection.commit();
			return "{\"id\":" + n + ",\"docCode\":\"" + code + "\",\"contentSha256\":\"" + hash + "\"}";
		}

	}

	/** Writes to two file channels and a digest on the way. */
	private static final class ChannelSink extends OutputStream {

		private final FileChannel channel;

		private final FileChannel second;

		private final MessageDigest digest;

		ChannelSink(FileChannel channel, FileChannel second, MessageDigest digest) {
			this.channel = channel;
			this.second = second;
			this.digest = digest;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.digest.update(b, off, len);
			for (FileChannel target : new FileChannel[] { this.channel, this.second }) {
				ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
				while (buffer.hasRemaining()) {
					target.write(buffer);
				}
			}
		}

	}

	/**
	 * A streaming multipart/form-data reader: {@link #next()} gives a part's headers,
	 * {@link #body} copies its bytes up to the next delimiter.
	 */
	static final class MultipartReader {

		private final InputStream in;

		private final byte[] delimiter;

		private final byte[] buffer = new byte[64 * 1024];

		private int pos;

		private int limit;

		private boolean done;

		MultipartReader(InputStream in, String boundary) throws IOException {
			this.in = in;
			this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
			// The first delimiter has no CRLF before it.
			String first = line();
			if (!first.equals("--" + boundary)) {
				throw new IOException("body does not start with the boundary");
			}
		}

		/** The next part's header block, or null after the closing delimiter. */
		String next() throws IOException {
			if (this.done) {
				return null;
			}
			StringBuilder headers = new StringBuilder();
			for (String line = line(); !line.isEmpty(); line = line()) {
				headers.append(line).append('\n');
			}
			return headers.toString();
		}

		/** Copies the part's bytes; returns how many. */
		long body(OutputStream out) throws IOException {
			long total = 0;
			int d = this.delimiter.length;
			while (true) {
				if (this.limit - this.pos < d && !fill(d)) {
					throw new IOException("body ended inside a part");
				}
				int found = indexOf(this.pos, this.limit);
				if (found >= 0) {
					out.write(this.buffer, this.pos, found - this.pos);
					total += found - this.pos;
					this.pos = found + d;
					String rest = line();
					this.done = rest.equals("--");
					return total;
				}
				int safe = this.limit - d + 1;
				out.write(this.buffer, this.pos, safe - this.pos);
				total += safe - this.pos;
				this.pos = safe;
			}
		}

		private int indexOf(int from, int to) {
			byte first = this.delimiter[0];
			int last = to - this.delimiter.length;
			outer: for (int i = from; i <= last; i++) {
				if (this.buffer[i] != first) {
					continue;
				}
				for (int j = 1; j < this.delimiter.length; j++) {
					if (this.buffer[i + j] != this.delimiter[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

		/** Reads until at least {@code wanted} bytes are buffered; false at the end. */
		private boolean fill(int wanted) throws IOException {
			if (this.pos > 0) {
				System.arraycopy(this.buffer, this.pos, this.buffer, 0, this.limit - this.pos);
				this.limit -= this.pos;
				this.pos = 0;
			}
			while (this.limit < wanted) {
				int n = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
				if (n < 0) {
					return false;
				}
				this.limit += n;
			}
			return true;
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			while (true) {
				if (this.pos >= this.limit && !fill(1)) {
					return line.toString();
				}
				byte c = this.buffer[this.pos++];
				if (c == '\n') {
					int end = line.length();
					return (end > 0 && line.charAt(end - 1) == '\r') ? line.substring(0, end - 1) : line.toString();
				}
				line.append((char) (c & 0xff));
			}
		}

	}

}
