package shop;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 02.2 One database, separate data: the modules move into the shop's one database, each into a schema of its own,
 * and the database itself keeps them apart, so a query that reaches into another module's tables fails at once,
 * whatever the tables are called.
 */
@Exercise("02.2")
class OneDatabaseTest extends ShopTest {

    /** One table of each module, to try to read from every other module. */
    private static final Map<String, String> A_TABLE_OF = new LinkedHashMap<>();

    static {
        A_TABLE_OF.put("catalog", "products");
        A_TABLE_OF.put("pricing", "prices");
        A_TABLE_OF.put("inventory", "stock");
        A_TABLE_OF.put("cart", "cart_items");
        A_TABLE_OF.put("orders", "orders");
        A_TABLE_OF.put("payments", "payments");
        A_TABLE_OF.put("shipping", "shipments");
        A_TABLE_OF.put("customers", "customers");
        A_TABLE_OF.put("notifications", "notifications");
        A_TABLE_OF.put("recommendations", "bought_together");
    }

    /** PostgreSQL's SQLSTATE for "permission denied". */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    private Map<String, DataSource> dataSources;

    @Test
    void theShopHasOneDataSource() {
        assertThat(dataSources.keySet()).as(lookAt("02.2", "the shop has " + dataSources.size() + " data sources "
                        + dataSources.keySet() + ", a connection pool for each module's database. Move the modules"
                        + " into one database: one data source, a schema per module"))
                .hasSize(1);
    }

    @Test
    void eachModuleKeepsItsTablesInASchemaNamedAfterIt() {
        Set<String> databases = new TreeSet<>();
        List<String> misplaced = new ArrayList<>();
        for (String module : A_TABLE_OF.keySet()) {
            List<Table> tables = database(module).sql("""
                            select current_database() as database, table_schema as schema, table_name as name
                            from information_schema.tables
                            where table_schema not in ('pg_catalog', 'information_schema')""")
                    .query(Table.class).list();
            assertThat(tables).as(lookAt("02.2", module + " sees no table at all")).isNotEmpty();
            tables.forEach(table -> databases.add(table.database()));
            tables.stream().filter(table -> !table.schema().equals(module))
                    .forEach(table -> misplaced.add(module + ": " + table));
        }
        assertThat(databases).as(lookAt("02.2", "the modules' tables are in " + databases.size() + " databases "
                        + databases + ": one database for the shop (spring.datasource)"))
                .hasSize(1);
        assertThat(misplaced).as(lookAt("02.2", "each module's tables belong in a schema named after the module,"
                        + " and a module should see no other tables; these are elsewhere: " + misplaced
                        + ". Flyway can migrate a module into its own schema"))
                .isEmpty();
    }

    @Test
    void aModuleCannotReadAnotherModulesTables() {
        List<String> notRefused = new ArrayList<>();
        for (String reader : A_TABLE_OF.keySet()) {
            for (Map.Entry<String, String> owned : A_TABLE_OF.entrySet()) {
                String table = owned.getKey() + "." + owned.getValue();
                if (!reader.equals(owned.getKey())) {
                    whatHappenedInstead(reader, table)
                            .ifPresent(instead -> notRefused.add(reader + " reading " + table + ": " + instead));
                }
            }
        }
        assertThat(notRefused).as(lookAt("02.2", notRefused.size() + " reads across modules were not refused by"
                        + " PostgreSQL, e.g. " + notRefused.stream().limit(3).toList() + ". Let each module's"
                        + " statements run as a role of its own that may use the module's schema and nothing else"))
                .isEmpty();
    }

    /** Empty when PostgreSQL refused the read for want of privilege; otherwise what happened instead. */
    private Optional<String> whatHappenedInstead(String reader, String table) {
        try {
            database(reader).sql("select count(*) from " + table).query(Long.class).single();
            return Optional.of("it read the table");
        } catch (DataAccessException failed) {
            Throwable cause = failed.getMostSpecificCause();
            boolean refused = cause instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState());
            return refused ? Optional.empty() : Optional.of(cause.getMessage().lines().findFirst().orElse(""));
        }
    }

    record Table(String database, String schema, String name) {

        @Override
        public String toString() {
            return database + "." + schema + "." + name;
        }
    }
}
