package vn.luutru.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

import vn.luutru.common.ProblemTexts;

/**
 * Cuts a request whose body comes in too slowly, so that a few hundred clients trickling
 * bytes cannot hold every request thread (each blocked read of a body holds one).
 * Tomcat's read timeout only bounds the wait for the next byte; this valve bounds the
 * rate: once the request has waited {@code grace} for its client in total, it must have
 * sent {@code minRate} bytes for every second waited beyond that, or its reads fail and
 * it is answered 408 and its connection closed. Only the time spent waiting for the
 * client is counted, never the time the application takes between two reads. The part of
 * a body the application left unread is drained under the same rule (Tomcat would
 * otherwise swallow it, a thread held for as long as the client takes).
 */
class SlowBodyValve extends ValveBase {

	/** Tomcat's own bound on what it swallows of a body the application did not read. */
	private static final long MAX_DRAIN = 2L * 1024 * 1024;

	private final long graceNanos;

	private final long minBytesPerSecond;

	private final ProblemTexts texts;

	SlowBodyValve(Duration grace, long minBytesPerSecond, ProblemTexts texts) {
		super(true);
		this.texts = texts;
		this.graceNanos = grace.toNanos();
		this.minBytesPerSecond = minBytesPerSecond;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		org.apache.coyote.Request coyote = request.getCoyoteRequest();
		InputBuffer original = coyote.getInputBuffer();
		RateBoundBuffer bound = new RateBoundBuffer(original, response);
		coyote.setInputBuffer(bound);
		try {
			getNext().invoke(request, response);
			if (!bound.tripped && !request.isAsyncStarted()) {
				// (An answer still being written on another thread is not touched.)
				drain(coyote, response, bound);
			}
			if (bound.tripped) {
				coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			}
		}
		finally {
			coyote.setInputBuffer(original);
		}
	}

	/** Reads what the application left of the body, under the rate rule. */
	private void drain(org.apache.coyote.Request coyote, Response response, RateBoundBuffer bound) {
		long length = coyote.getContentLengthLong();
		boolean chunked = length < 0 && "chunked".equalsIgnoreCase(coyote.getHeader("Transfer-Encoding"));
		if (!chunked && coyote.getBytesRead() >= Math.max(length, 0)) {
			return;
		}
		if (coyote.hasExpectation() && coyote.getBytesRead() == 0) {
			// The client waits for "100 Continue" before sending the body: it will not
			// come.
			coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			return;
		}
		Holder holder = new Holder();
		long drained = 0;
		try {
			// The client has its answer before the rest of its body is read.
			response.flushBuffer();
			int n;
			while (drained <= MAX_DRAIN && (n = coyote.doRead(holder)) >= 0) {
				drained += n;
				holder.buffer.position(holder.buffer.limit());
			}
		}
		catch (IOException ex) {
			// Too slow, or the client went away: the connection is closed either way.
		}
		if (drained > MAX_DRAIN || bound.tripped) {
			coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
	}

	private final class RateBoundBuffer implements InputBuffer {

		private final InputBuffer delegate;

		private long waitedNanos;

		private long bytes;

		private final Response response;

		private boolean tripped;

		RateBoundBuffer(InputBuffer delegate, Response response) {
			this.delegate = delegate;
			this.response = response;
		}

		@Override
		public int doRead(ApplicationBufferHandler handler) throws IOException {
			if (this.tripped) {
				throw tooSlow();
			}
			long start = System.nanoTime();
			int n = this.delegate.doRead(handler);
			this.waitedNanos += System.nanoTime() - start;
			if (n > 0) {
				this.bytes += n;
			}
			long beyond = this.waitedNanos - SlowBodyValve.this.graceNanos;
			if (n >= 0 && beyond > 0 && this.bytes < SlowBodyValve.this.minBytesPerSecond * beyond / 1_000_000_000L) {
				this.tripped = true;
				answerTooSlow();
				throw tooSlow();
			}
			return n;
		}

		/**
		 * Answers 408 at once, on the thread that reads, before the application turns the
		 * failed read into an answer of its own (which is then dropped).
		 */
		private void answerTooSlow() {
			if (this.response.isCommitted()) {
				return;
			}
			this.response.reset();
			this.response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
			ProblemReportValve.write(SlowBodyValve.this.texts, this.response, HttpServletResponse.SC_REQUEST_TIMEOUT,
					"error.bodyTooSlow");
			this.response.setSuspended(true);
		}

		@Override
		public int available() {
			return this.delegate.available();
		}

		private IOException tooSlow() {
			// Not a SocketTimeoutException: Tomcat would answer that itself, through the
			// error page.
			return new IOException("request body slower than " + SlowBodyValve.this.minBytesPerSecond
					+ " bytes/s after " + Duration.ofNanos(SlowBodyValve.this.graceNanos));
		}

	}

	private static final class Holder implements ApplicationBufferHandler {

		private ByteBuffer buffer = ApplicationBufferHandler.EMPTY_BUFFER;

		@Override
		public void setByteBuffer(ByteBuffer buffer) {
			this.buffer = buffer;
		}

		@Override
		public ByteBuffer getByteBuffer() {
			return this.buffer;
		}

		@Override
		public void expand(int size) {
		}

	}

}
