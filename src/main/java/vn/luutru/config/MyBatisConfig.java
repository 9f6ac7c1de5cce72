package vn.luutru.config;

import java.util.Properties;

import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MyBatis beyond application.yaml: the database's name for the mapper XML and how result
 * objects are built.
 */
@Configuration(proxyBeanMethods = false)
class MyBatisConfig {

	/**
	 * {@code _databaseId} in the mapper XML: "mysql" for MySQL and MariaDB (Connector/J
	 * reports either as MySQL), "h2" for H2. Statements stay portable; only a planner
	 * hint that H2 lacks (MySQL's STRAIGHT_JOIN) is written per database.
	 */
	@Bean
	DatabaseIdProvider databaseIdProvider() {
		Properties vendors = new Properties();
		vendors.setProperty("MySQL", "mysql");
		vendors.setProperty("MariaDB", "mysql");
		vendors.setProperty("H2", "h2");
		VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
		provider.setProperties(vendors);
		return provider;
	}

	@Bean
	ConfigurationCustomizer resultObjects() {
		return (configuration) -> configuration.setObjectFactory(new AccessibleObjectFactory());
	}

}
