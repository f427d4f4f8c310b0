package org.acredita.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application asks of PostgreSQL, for benchmarks that report SQL statements and transactions
 * per request: connection checkouts, statements executed (the scope's {@code set_config} on each checkout
 * included), transactions (each commit or rollback) and statements run in auto-commit (each one a transaction
 * of its own in PostgreSQL; the {@code set_config} is one). Import it with
 * {@code @Import(SqlCounter.Wiring.class)}; it wraps the pool before the access module's scoped data source does.
 * Counts are global, so read them around requests sent one after another with nothing else running.
 */
public final class SqlCounter {

    private static final AtomicLong CONNECTIONS = new AtomicLong();
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong TRANSACTIONS = new AtomicLong();
    private static final AtomicLong AUTO_COMMITTED = new AtomicLong();

    private SqlCounter() {
    }

    /** Connections, statements, transactions and auto-committed statements counted so far. */
    public record Counts(long connections, long statements, long transactions, long autoCommitted) {

        public Counts since(Counts earlier) {
            return new Counts(connections - earlier.connections, statements - earlier.statements,
                    transactions - earlier.transactions, autoCommitted - earlier.autoCommitted);
        }
    }

    public static Counts now() {
        return new Counts(CONNECTIONS.get(), STATEMENTS.get(), TRANSACTIONS.get(), AUTO_COMMITTED.get());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        static BeanPostProcessor sqlCountingPostProcessor() {
            return new CountingPostProcessor();
        }
    }

    private static final class CountingPostProcessor implements BeanPostProcessor, PriorityOrdered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                    ? new CountingDataSource(dataSource) : bean;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            CONNECTIONS.incrementAndGet();
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            CONNECTIONS.incrementAndGet();
            return counted(super.getConnection(username, password));
        }
    }

    private static Connection counted(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
                TRANSACTIONS.incrementAndGet();
            }
            Object result = invoke(connection, method, args);
            return result instanceof Statement statement ? counted(statement, connection) : result;
        };
        return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Statement counted(Statement statement, Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                STATEMENTS.incrementAndGet();
                if (connection.getAutoCommit()) {
                    AUTO_COMMITTED.incrementAndGet();
                }
            }
            return invoke(statement, method, args);
        };
        return (Statement) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(),
                interfacesOf(statement), handler);
    }

    /** The JDBC interface the statement was handed out as (plain, prepared or callable). */
    private static Class<?>[] interfacesOf(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return new Class<?>[] {java.sql.CallableStatement.class};
        }
        if (statement instanceof java.sql.PreparedStatement) {
            return new Class<?>[] {java.sql.PreparedStatement.class};
        }
        return new Class<?>[] {Statement.class};
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
