package org.acredita.access.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands the current {@link AccessScope} to PostgreSQL on every connection checkout, so the
 * row-level-security policies (see V1 migration) filter with the same reach as the services.
 * A pooled connection is never trusted to carry a previous caller's settings: the three settings are written in
 * one statement unless this data source itself wrote exactly the same values on the same physical connection
 * (the next request of the same person, or the next part of one request), which saves a round trip per checkout.
 * That record is only kept for settings written in auto-commit, so no rollback can have undone them since.
 */
class ScopedDataSource extends DelegatingDataSource {

    private static final String APPLY = "select set_config('acredita.user_id', ?, false),"
            + " set_config('acredita.read', ?, false), set_config('acredita.write', ?, false)";

    /** What was last written on each physical connection; weak, so a connection the pool drops is forgotten. */
    private final Map<Connection, Settings> written = Collections.synchronizedMap(new WeakHashMap<>());

    ScopedDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return apply(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return apply(super.getConnection(username, password));
    }

    private Connection apply(Connection connection) throws SQLException {
        Settings wanted = Settings.of(CurrentScope.get());
        Connection physical = null;
        try {
            physical = connection.unwrap(Connection.class);
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit && wanted.equals(written.get(physical))) {
                return connection;
            }
            written.remove(physical);
            try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
                statement.setString(1, wanted.userId());
                statement.setString(2, wanted.read());
                statement.setString(3, wanted.write());
                statement.execute();
            }
            if (autoCommit) {
                written.put(physical, wanted);
            }
        } catch (SQLException | RuntimeException e) {
            if (physical != null) {
                written.remove(physical);
            }
            connection.close();
            throw e;
        }
        return connection;
    }

    /** The three settings the policies read. */
    private record Settings(String userId, String read, String write) {

        static Settings of(AccessScope scope) {
            return new Settings(scope.userId() == null ? "" : scope.userId().toString(), scope.read().asSetting(),
                    scope.write().asSetting());
        }
    }
}
