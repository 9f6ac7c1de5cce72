package vn.luutru.content;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class ContentFormatsTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(ContentBeans.class);

	@Test
	void acceptsTheArchivalFormatsByDefault() {
		this.context.run((context) -> {
			assertThat(context.getBean(ContentFormats.class).accepted()).isEqualTo(ContentFormats.DEFAULT_ACCEPTED)
				.contains("application/pdf", "image/tiff", "audio/x-ms-wma")
				.doesNotContain("application/zip", "text/html");
			assertThat(context).hasSingleBean(ContentInspector.class).hasSingleBean(PdfaValidator.class);
		});
	}

	@Test
	void bindsAcceptedFormatsFromProperties() {
		this.context.withPropertyValues("luutru.content.formats.accepted=application/pdf,image/png")
			.run((context) -> assertThat(context.getBean(ContentFormats.class).accepted())
				.containsExactly("application/pdf", "image/png"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ContentFormats.class)
	@Import({ TikaContentInspector.class, VeraPdfValidator.class })
	static class ContentBeans {

	}

}
