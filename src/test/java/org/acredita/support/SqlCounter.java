package org.acredita.support;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application asks of PostgreSQL, for benchmarks and budgets that report SQL statements and
 * transactions per request: connection checkouts, statements executed (the scope's {@code set_config} on each
 * checkout included), transactions (each commit or rollback) and statements run in auto-commit (each one a
 * transaction of its own in PostgreSQL; the {@code set_config} is one). The shared test context imports it
 * ({@link AcreditaIntegrationTest}); it wraps the pool before the access module's scoped data source does.
 *
 * <p>Two views: {@link #now()} counts everything, globally, so read it around requests sent one after another
 * with nothing else running; {@link #lastRequest(String)} gives the statements of the last request to a path,
 * counted on the thread that served it (from before the session is read to after it is saved), so work running
 * beside it (scheduled jobs) is not mixed in.
 */
public final class SqlCounter {

    private static final AtomicLong CONNECTIONS = new AtomicLong();
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong TRANSACTIONS = new AtomicLong();
    private static final AtomicLong AUTO_COMMITTED = new AtomicLong();

    private static final ThreadLocal<RequestLog> SERVING = new ThreadLocal<>();
    private static final Map<String, Request> LAST_REQUESTS = new ConcurrentHashMap<>();

    /** INSERT, UPDATE, DELETE or MERGE, first or after a WITH. */
    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(insert|update|delete|merge)\\b|^\\s*with\\b.*\\b(insert\\s+into|delete\\s+from|update\\s+\\w+\\s+set)\\b",
            Pattern.DOTALL);

    private SqlCounter() {
    }

    /** Connections, statements, transactions and auto-committed statements counted so far. */
    public record Counts(long connections, long statements, long transactions, long autoCommitted) {

        public Counts since(Counts earlier) {
            return new Counts(connections - earlier.connections, statements - earlier.statements,
                    transactions - earlier.transactions, autoCommitted - earlier.autoCommitted);
        }
    }

    /** What one request asked of PostgreSQL: its statements in order, connections and transactions. */
    public record Request(String path, List<String> statements, int connections, int transactions) {

        /** The statements that change data (INSERT, UPDATE, DELETE, MERGE). */
        public List<String> writes() {
            return statements.stream().filter(SqlCounter::isWrite).toList();
        }

        /** The statements, one a line, for a failure message. */
        public String listing() {
            StringBuilder out = new StringBuilder(path).append(": ").append(statements.size()).append(" statements, ")
                    .append(connections).append(" connections, ").append(transactions).append(" transactions\n");
            statements.forEach(sql -> out.append("  ").append(sql.replaceAll("\\s+", " ").strip()).append('\n'));
            return out.toString();
        }
    }

    public static Counts now() {
        return new Counts(CONNECTIONS.get(), STATEMENTS.get(), TRANSACTIONS.get(), AUTO_COMMITTED.get());
    }

    /** The last request served for this path and query (e.g. {@code /agencies?page=1}), or an error if none. */
    public static Request lastRequest(String pathAndQuery) {
        Request request = LAST_REQUESTS.get(pathAndQuery);
        if (request == null) {
            throw new IllegalStateException("No request to " + pathAndQuery + " was counted");
        }
        return request;
    }

    static boolean isWrite(String sql) {
        return WRITE.matcher(sql.toLowerCase(Locale.ROOT)).find();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        static BeanPostProcessor sqlCountingPostProcessor() {
            return new CountingPostProcessor();
        }

        /** First of all filters, so the session's read and save are inside what a request counts. */
        @Bean
        FilterRegistrationBean<Filter> sqlCountingFilter() {
            Filter filter = (request, response, chain) -> {
                RequestLog log = new RequestLog();
                RequestLog outer = SERVING.get();
                SERVING.set(log);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SERVING.set(outer);
                    if (outer == null && request instanceof HttpServletRequest http) {
                        String key = http.getRequestURI() + (http.getQueryString() == null ? ""
                                : "?" + http.getQueryString());
                        LAST_REQUESTS.put(key, log.toRequest(key));
                    }
                }
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    /** Statements, connections and transactions seen on the thread serving one request. */
    private static final class RequestLog {

        private final List<String> statements = new ArrayList<>();
        private int connections;
        private int transactions;

        Request toRequest(String path) {
            return new Request(path, List.copyOf(statements), connections, transactions);
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
            connectionTaken();
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            connectionTaken();
            return counted(super.getConnection(username, password));
        }
    }

    private static void connectionTaken() {
        CONNECTIONS.incrementAndGet();
        RequestLog log = SERVING.get();
        if (log != null) {
            log.connections++;
        }
    }

    private static Connection counted(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
                TRANSACTIONS.incrementAndGet();
                RequestLog log = SERVING.get();
                if (log != null) {
                    log.transactions++;
                }
            }
            Object result = invoke(connection, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return result instanceof Statement statement ? counted(statement, connection, sql) : result;
        };
        return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    /** {@code preparedSql} is the SQL a prepared or callable statement was made with, null for a plain one. */
    private static Statement counted(Statement statement, Connection connection, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                STATEMENTS.incrementAndGet();
                if (connection.getAutoCommit()) {
                    AUTO_COMMITTED.incrementAndGet();
                }
                RequestLog log = SERVING.get();
                if (log != null) {
                    log.statements.add(preparedSql != null ? preparedSql
                            : args != null && args.length > 0 && args[0] instanceof String sql ? sql : "?");
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
