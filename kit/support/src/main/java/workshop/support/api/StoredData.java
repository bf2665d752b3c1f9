package workshop.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a shop stores, as text that changes whenever a row is added, changed or removed: every table of every owner
 * (a service's database, or a module's database or schema), but Flyway's history, with its row count and a hash of its
 * rows. {@link HostileInput} compares it before and after each request that could write.
 */
public final class StoredData {

    private StoredData() {
    }

    /** The tables of each owner, read through its own JdbcClient (its database, or its schema first on the path). */
    public static String of(List<String> owners, Function<String, JdbcClient> database) {
        return owners.stream()
                .map(owner -> owner + ": " + tablesOf(owner, database.apply(owner)))
                .collect(Collectors.joining("\n"));
    }

    private static String tablesOf(String owner, JdbcClient database) {
        return tables(owner, database).stream()
                .map(table -> table + " " + database.sql("select count(*) || ' ' || coalesce("
                                + "md5(string_agg(t::text, ',' order by t::text)), '') from " + table + " t")
                        .query(String.class).single())
                .collect(Collectors.joining(", "));
    }

    private static List<String> tables(String owner, JdbcClient database) {
        List<String> tables = database
                .sql("select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_name <> 'flyway_schema_history' order by table_name")
                .query(String.class).list();
        assertThat(tables).as("the tables of %s, to compare before and after each request", owner).isNotEmpty();
        return tables;
    }
}
