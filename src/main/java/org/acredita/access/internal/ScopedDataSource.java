package org.acredita.access.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands the current {@link AccessScope} to PostgreSQL on every connection checkout, so the
 * row-level-security policies (see V1 migration) filter with the same reach as the services.
 * Pooled connections are always overwritten, never trusted to carry a previous caller's settings.
 */
class ScopedDataSource extends DelegatingDataSource {

    private static final String APPLY = "select set_config('acredita.user_id', ?, false),"
            + " set_config('acredita.read', ?, false), set_config('acredita.write', ?, false)";

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

    private static Connection apply(Connection connection) throws SQLException {
        AccessScope scope = CurrentScope.get();
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, scope.userId() == null ? "" : scope.userId().toString());
            statement.setString(2, scope.read().asSetting());
            statement.setString(3, scope.write().asSetting());
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
