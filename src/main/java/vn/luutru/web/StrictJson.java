package vn.luutru.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.luutru.common.DateBounds;
import vn.luutru.common.Text;

/**
 * Request bodies are read strictly: a field given twice, a field the request does not
 * have (a misspelt {@code accessMode} silently left a secret document public), content
 * after the JSON document and a fraction where a whole number is expected are refused
 * rather than silently resolved (the last duplicate winning, the rest ignored, 2.7 pages
 * stored as 2). Text holding a character XML cannot carry or a bidi override, and a date
 * outside {@link DateBounds}, are refused naming the field. The capture's multipart
 * 'metadata' part is read by the same mapper; Camunda's engine REST has its own.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
		return (builder) -> builder
			.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
					DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.postConfigurer((mapper) -> mapper.registerModule(strictValues()));
	}

	/** Registered after Boot's modules, so that it wins over JavaTimeModule's dates. */
	static Module strictValues() {
		SimpleModule module = new SimpleModule("luutru-strict-values");
		module.addDeserializer(String.class, new JsonDeserializer<String>() {
			@Override
			public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
				String value = StringDeserializer.instance.deserialize(p, ctxt);
				int at = Text.firstForbidden(value);
				if (at >= 0) {
					throw new RefusedValue(p, String.class, "error.forbiddenCharacter",
							String.format("%04X", (int) value.charAt(at)), at + 1);
				}
				return value;
			}
		});
		module.addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
			@Override
			public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
				LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
				if (!DateBounds.within(value)) {
					throw new RefusedValue(p, LocalDate.class, "error.dateOutOfRange", DateBounds.FIRST_YEAR,
							DateBounds.LAST_YEAR);
				}
				return value;
			}
		});
		return module;
	}

	/** A value read well but refused, with the message saying why. */
	static final class RefusedValue extends MismatchedInputException {

		final String code;

		final transient List<Object> args;

		RefusedValue(JsonParser p, Class<?> type, String code, Object... args) {
			super(p, code, type);
			this.code = code;
			this.args = List.of(args);
		}

	}

}
