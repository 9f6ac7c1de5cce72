package vn.luutru.security;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: HTTP Basic for API clients, a form for browsers, both checked
 * against Camunda's identity service. {@code /api} and {@code /engine-rest} refuse
 * anonymous calls (shared/STACK.md, trap 5); the Camunda webapps keep their own login
 * page backed by the same users.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
			IdentityService identityService, UserPrincipals principals) throws Exception {
		RequestMatcher apiCalls = new OrRequestMatcher(new AntPathRequestMatcher("/api/**"),
				new AntPathRequestMatcher("/engine-rest/**"));
		RequestMatcher basicCalls = new RequestHeaderRequestMatcher("Authorization");
		http.authenticationProvider(provider)
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/camunda/**", "/login", "/error", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html", "/css/**", "/forms/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.realmName("LuuTru"))
			.formLogin((form) -> form.defaultSuccessUrl("/", false))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling((ex) -> ex
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), apiCalls))
			// Calls that carry their own credentials cannot be forged by another site;
			// the Camunda webapps run their own CSRF protection.
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(basicCalls, new AntPathRequestMatcher("/camunda/**")))
			.addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
			.addFilterBefore(new TasklistSessionFilter(principals), EngineAuthenticationFilter.class);
		return http.build();
	}

}
