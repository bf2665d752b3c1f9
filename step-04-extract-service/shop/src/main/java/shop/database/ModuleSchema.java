package shop.database;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One module's part of the shop's one database: a schema named after the module, with the module's own migrations
 * ({@code db/<module>}), and a role of the same name that may use this schema and nothing else. The module's
 * JdbcClient runs every statement as that role, so PostgreSQL itself refuses a query that reaches into another
 * module's tables, whatever they are called.
 */
public final class ModuleSchema {

    private final DataSource shop;

    private final String module;

    public ModuleSchema(DataSource shop, String module) {
        this.shop = shop;
        this.module = module;
    }

    /**
     * Migrates the schema as the shop's database user, who owns it, then lets the module's role use its tables:
     * read and write the rows, not change the tables, and not touch the history of the migrations.
     */
    public ModuleSchema migrate() {
        Flyway.configure().dataSource(shop).schemas(module).locations("classpath:db/" + module).load().migrate();
        JdbcClient owner = JdbcClient.create(shop);
        List.of("do $$ begin create role " + module + " nologin; exception when duplicate_object then null; end $$",
                        "grant usage on schema " + module + " to " + module,
                        "grant select, insert, update, delete on all tables in schema " + module + " to " + module,
                        "grant usage on all sequences in schema " + module + " to " + module,
                        "revoke all on " + module + ".flyway_schema_history from " + module)
                .forEach(statement -> owner.sql(statement).update());
        return this;
    }

    /** The module's JdbcClient: its statements run as the module's role, with the module's schema on the path. */
    public JdbcClient jdbcClient() {
        return JdbcClient.create(new AsModuleRole(shop, module));
    }

    /**
     * Sets the role before each statement, on whatever connection the statement gets: inside one transaction that
     * several modules share, each statement still runs as the module that issues it. The role stays on the
     * connection when it goes back to the pool; that is harmless, as every module sets its own before each
     * statement and the migrations all run at start-up, before any module's.
     */
    private static final class AsModuleRole extends JdbcTemplate {

        private final String becomeModule;

        AsModuleRole(DataSource shop, String module) {
            super(shop);
            this.becomeModule = "set role " + module + "; set search_path to " + module;
        }

        @Override
        protected void applyStatementSettings(Statement statement) throws SQLException {
            try (Statement become = statement.getConnection().createStatement()) {
                become.execute(becomeModule);
            }
            super.applyStatementSettings(statement);
        }
    }
}
