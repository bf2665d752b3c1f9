package workshop.support.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkshopDatabaseTest {

    private final WorkshopDatabase postgres = WorkshopDatabase.shared();

    @Test
    void createsADatabasePerServiceOnDemandOnOneSharedServer() throws Exception {
        String catalog = postgres.jdbcUrl("catalog");
        String orders = postgres.jdbcUrl("orders");

        assertThat(catalog).isNotEqualTo(orders).startsWith(postgres.serverUrl());
        assertThat(currentDatabase(catalog)).isEqualTo("catalog");
        assertThat(currentDatabase(orders)).isEqualTo("orders");
        assertThat(WorkshopDatabase.shared()).isSameAs(postgres);
    }

    @Test
    void askingTwiceForTheSameDatabaseKeepsIt() throws Exception {
        String first = postgres.jdbcUrl("repeated");
        try (Connection connection = DriverManager.getConnection(first, postgres.username(), postgres.password())) {
            connection.createStatement().execute("create table kept (id int)");
        }

        String second = postgres.jdbcUrl("repeated");

        try (Connection connection = DriverManager.getConnection(second, postgres.username(), postgres.password());
                ResultSet tables = connection.createStatement()
                        .executeQuery("select count(*) from pg_tables where tablename = 'kept'")) {
            tables.next();
            assertThat(tables.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void refusesNamesThatWouldNeedQuoting() {
        assertThatIllegalArgumentException().isThrownBy(() -> postgres.jdbcUrl("orders; drop database x"))
                .withMessageContaining("is not a database name");
    }

    private String currentDatabase(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
                ResultSet result = connection.createStatement().executeQuery("select current_database()")) {
            result.next();
            return result.getString(1);
        }
    }
}
