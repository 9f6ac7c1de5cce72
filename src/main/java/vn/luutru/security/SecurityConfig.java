package vn.luutru.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: HTTP Basic for API clients, a form for browsers, both checked
 * against Camunda's identity service. {@code /api} and {@code /engine-rest} refuse
 * anonymous calls (shared/STACK.md, trap 5); browsers sign in on LuuTru's own page at
 * {@code /} or {@code /login}; the Camunda webapps keep their own login page backed by
 * the same users.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
			IdentityService identityService, UserPrincipals principals) throws Exception {
		RequestMatcher apiCalls = new OrRequestMatcher(new AntPathRequestMatcher("/api/**"),
				new AntPathRequestMatcher("/engine-rest/**"));
		// A browser with a session never skips the CSRF check, whatever header it adds.
		RequestMatcher ownCredentialsOnly = SecurityConfig::basicWithoutSession;
		HttpSessionRequestCache browsersOnly = new HttpSessionRequestCache();
		browsersOnly.setRequestMatcher(new NegatedRequestMatcher(apiCalls));
		// Our provider alone, without Spring Boot's global manager as parent: the parent
		// would ask the same provider again after a wrong password, counting it twice.
		http.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/camunda/**", "/login", "/error", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html", "/css/**", "/forms/**", "/js/**", "/webjars/**")
				.permitAll()
				// The home page answers everyone: a login form to strangers, their page
				// to users.
				.requestMatchers(new AntPathRequestMatcher("/", "GET"))
				.permitAll()
				// A reader registers himself (vn.luutru.access.ReaderRegistration).
				.requestMatchers(new AntPathRequestMatcher("/api/v1/readers", "POST"),
						new AntPathRequestMatcher("/reader/register"))
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.realmName("LuuTru").authenticationEntryPoint(new LoginRefusals()))
			// An API call refused for want of a login must not open a session either.
			.requestCache((cache) -> cache.requestCache(browsersOnly))
			// LuuTru's own login page (web/LoginPageController); the form posts to
			// /login.
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new LoginFailurePages()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling((ex) -> ex
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), apiCalls))
			// Calls that carry their own credentials and no session cannot be forged by
			// another site; the Camunda webapps run their own CSRF protection.
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(ownCredentialsOnly, new AntPathRequestMatcher("/camunda/**"),
						new AntPathRequestMatcher("/api/v1/readers", "POST")))
			// Once a Basic or session login is known and before the engine's API (added
			// first,
			// it runs first of the filters after BasicAuthenticationFilter).
			.addFilterAfter(new ReaderConfinement(), BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
			.addFilterBefore(new TasklistSessionFilter(principals), EngineAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * HTTP Basic credentials and no trace of a session (neither a session cookie nor a
	 * session on the server): a Basic login is kept for that one request only, so such a
	 * call can neither ride on nor create a browser's session.
	 */
	static boolean basicWithoutSession(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
				&& request.getRequestedSessionId() == null && request.getSession(false) == null;
	}

}
