package vn.luutru.access;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import vn.luutru.common.ProblemTexts;

/**
 * The reading room's own refusals as problem details in both languages: a grant that
 * ended or was revoked (403), too many registrations (429).
 */
final class AccessProblems {

	private AccessProblems() {
	}

	static ProblemDetail grantNotUsable(ProblemTexts texts, GrantNotUsableException ex) {
		return of(texts, HttpStatus.FORBIDDEN, ex.revoked() ? "problem.grantRevoked" : "problem.grantExpired");
	}

	static ProblemDetail of(ProblemTexts texts, HttpStatus status, String code) {
		ProblemDetail pd = ProblemDetail.forStatus(status);
		pd.setType(URI.create("urn:luutru:problem:" + code));
		pd.setTitle(texts.vi(code) + " / " + texts.en(code));
		pd.setDetail(texts.vi(code));
		pd.setProperty("detailEn", texts.en(code));
		return pd;
	}

}
