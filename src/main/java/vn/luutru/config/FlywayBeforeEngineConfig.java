package vn.luutru.config;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway owns every table, Camunda's included, so the engine must start only after the
 * migrations ran (shared/STACK.md, trap 3).
 */
@Configuration(proxyBeanMethods = false)
class FlywayBeforeEngineConfig {

	@Bean
	static BeanFactoryPostProcessor engineDependsOnFlyway() {
		return beanFactory -> {
			if (beanFactory.containsBeanDefinition("processEngineFactoryBean")
					&& beanFactory.containsBeanDefinition("flywayInitializer")) {
				beanFactory.getBeanDefinition("processEngineFactoryBean").setDependsOn("flywayInitializer");
			}
		};
	}

}
