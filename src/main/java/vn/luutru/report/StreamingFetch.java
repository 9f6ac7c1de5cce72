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
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.springframework.stereotype.Component;

/**
 * Makes the reports' cursors stream on MySQL and MariaDB. MySQL Connector/J reads a whole
 * result set into memory unless the fetch size is {@code Integer.MIN_VALUE}, a value H2
 * refuses; so the mappers declare an ordinary fetch size (which H2 honours) and this
 * interceptor turns it into streaming on MySQL, for the report statements only.
 */
@Component
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = { Connection.class, Integer.class }))
class StreamingFetch implements Interceptor {

	private static final String REPORTS = "vn.luutru.report.";

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		Statement statement = (Statement) invocation.proceed();
		MetaObject handler = SystemMetaObject.forObject(invocation.getTarget());
		while (handler.hasGetter("h")) {
			handler = SystemMetaObject.forObject(handler.getValue("h.target"));
		}
		MappedStatement mapped = (MappedStatement) handler.getValue("delegate.mappedStatement");
		if (mapped.getId().startsWith(REPORTS) && mapped.getFetchSize() != null
				&& isMySql((Connection) invocation.getArgs()[0])) {
			statement.setFetchSize(Integer.MIN_VALUE);
		}
		return statement;
	}

	private static boolean isMySql(Connection connection) throws SQLException {
		return connection.getMetaData().getDriverName().startsWith("MySQL");
	}

}
