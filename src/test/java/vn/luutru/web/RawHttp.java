package vn.luutru.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import vn.luutru.support.Api;

/**
 * Requests written byte by byte on a socket, for what a well-behaved HTTP client refuses
 * to send: broken multipart bodies, over-long request lines and headers.
 */
final class RawHttp {

	private RawHttp() {
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static Api.Response send(int port, String head, byte[] body) throws IOException {
		return send(port, head, body.length, body);
	}

	/**
	 * Declares a Content-Length of {@code declared} bytes but sends only {@code body}:
	 * the server must answer from the declaration alone.
	 */
	static Api.Response send(int port, String head, long declared, byte[] body) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.UTF_8));
			out.write(
					("Content-Length: " + declared + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.write(body);
			out.flush();
			// Read up to the end of the answer, not of the connection: a server refusing
			// a
			// body it has not read may keep the connection open to drain it.
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				received.write(buffer, 0, n);
				if (complete(received.toByteArray())) {
					break;
				}
			}
			return parse(received.toByteArray());
		}
	}

	private static boolean complete(byte[] all) {
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int headEnd = text.indexOf("\r\n\r\n");
		if (headEnd < 0) {
			return false;
		}
		String head = text.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
		java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)").matcher(head);
		if (length.find()) {
			return all.length >= headEnd + 4 + Integer.parseInt(length.group(1));
		}
		return head.contains("chunked") && text.endsWith("0\r\n\r\n");
	}

	private static Api.Response parse(byte[] all) {
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int headEnd = text.indexOf("\r\n\r\n");
		String head = text.substring(0, headEnd);
		int status = Integer.parseInt(head.substring(9, 12));
		String contentType = "";
		boolean chunked = false;
		for (String line : head.split("\r\n")) {
			String lower = line.toLowerCase(java.util.Locale.ROOT);
			if (lower.startsWith("content-type:")) {
				contentType = line.substring(13).trim();
			}
			if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
		}
		byte[] body = java.util.Arrays.copyOfRange(all, headEnd + 4, all.length);
		return new Api.Response(status, chunked ? dechunk(body) : body, contentType);
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int i = 0;
		while (i < body.length) {
			int lineEnd = indexOf(body, i);
			int size = Integer.parseInt(new String(body, i, lineEnd - i, StandardCharsets.US_ASCII).trim(), 16);
			if (size == 0) {
				break;
			}
			out.write(body, lineEnd + 2, size);
			i = lineEnd + 2 + size + 2;
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, int from) {
		for (int i = from; i < data.length - 1; i++) {
			if (data[i] == '\r' && data[i + 1] == '\n') {
				return i;
			}
		}
		return data.length;
	}

}
