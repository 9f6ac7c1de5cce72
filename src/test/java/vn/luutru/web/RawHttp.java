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
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.UTF_8));
			out.write(("Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] all = in.readAllBytes();
			return parse(all);
		}
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
