package vn.luutru.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.DefaultReflectorFactory;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.ReflectorFactory;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.springframework.stereotype.Component;

/**
 * Makes the reports' cursors stream on MySQL and MariaDB. MySQL Connector/J reads a whole
 * result set into memory unless the fetch size is {@code Integer.MIN_VALUE}, a value H2
 * refuses; so the mappers declare an ordinary fetch size (which H2 honours) and this
 * interceptor turns it into streaming on MySQL, for the report statements only.
 * <p>
 * It runs for every statement: a statement without a fetch size goes on at once, and the
 * handler's fields are read through one cached reflector ({@code SystemMetaObject} builds
 * a new one per call, whose private fields then throw and are made accessible again each
 * time: a tenth of a capture's CPU).
 */
@Component
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = { Connection.class, Integer.class }))
class StreamingFetch implements Interceptor {

	private static final String REPORTS = "vn.luutru.report.";

	private static final ReflectorFactory REFLECTORS = new DefaultReflectorFactory();

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		Statement statement = (Statement) invocation.proceed();
		// Only a statement its mapper gave a fetch size may be a report's.
		if (statement.getFetchSize() <= 0 || !isMySql((Connection) invocation.getArgs()[0])) {
			return statement;
		}
		MetaObject handler = meta(invocation.getTarget());
		while (handler.hasGetter("h")) {
			handler = meta(handler.getValue("h.target"));
		}
		MappedStatement mapped = (MappedStatement) handler.getValue("delegate.mappedStatement");
		if (mapped.getId().startsWith(REPORTS) && mapped.getFetchSize() != null) {
			statement.setFetchSize(Integer.MIN_VALUE);
		}
		return statement;
	}

	private static MetaObject meta(Object target) {
		return MetaObject.forObject(target, SystemMetaObject.DEFAULT_OBJECT_FACTORY,
				SystemMetaObject.DEFAULT_OBJECT_WRAPPER_FACTORY, REFLECTORS);
	}

	private static boolean isMySql(Connection connection) throws SQLException {
		return connection.getMetaData().getDriverName().startsWith("MySQL");
	}

}
