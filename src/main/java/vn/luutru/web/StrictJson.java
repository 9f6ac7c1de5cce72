package vn.luutru.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read strictly: a field given twice, content after the JSON document
 * and a fraction where a whole number is expected are refused rather than silently
 * resolved (the last duplicate winning, the tail ignored, 2.7 pages stored as 2). The
 * capture's multipart 'metadata' part is read by the same mapper.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
		return (builder) -> builder
			.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
					DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
	}

}
