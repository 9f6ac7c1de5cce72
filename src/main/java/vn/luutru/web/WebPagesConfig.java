package vn.luutru.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.luutru.common.ProblemTexts;

/**
 * The pages speak Vietnamese unless the user chose English ({@code ?lang=en}); the choice
 * is kept in a cookie. API answers do not depend on it: problem details always carry both
 * languages.
 */
@Configuration(proxyBeanMethods = false)
class WebPagesConfig implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "luutru-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setDefaultLocale(ProblemTexts.VI);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch).excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**");
		registry.addInterceptor(new PageSecurityHeaders())
			.excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**", "/swagger-ui/**");
	}

}
