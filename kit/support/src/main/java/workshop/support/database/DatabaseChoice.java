package workshop.support.database;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Which PostgreSQL the workshop uses, decided from the environment:
 * <ul>
 *   <li>{@code WORKSHOP_DB_URL} set: an existing server ({@code WORKSHOP_DB_USER}, {@code WORKSHOP_DB_PASSWORD},
 *       default {@code postgres}/{@code postgres});</li>
 *   <li>{@code WORKSHOP_DB=testcontainers}: a PostgreSQL container (needs Docker);</li>
 *   <li>{@code WORKSHOP_DB=auto}: a container when Docker answers, else embedded;</li>
 *   <li>otherwise ({@code embedded}, the default): embedded PostgreSQL, no Docker needed.</li>
 * </ul>
 * System properties of the same name in lower case with dots ({@code workshop.db}, {@code workshop.db.url}) win
 * over environment variables, so a test or a launcher can choose without touching the environment.
 */
public enum DatabaseChoice {

    EMBEDDED("embedded PostgreSQL (no Docker needed)"),
    TESTCONTAINERS("PostgreSQL in a Testcontainers container"),
    EXISTING("the existing PostgreSQL server at WORKSHOP_DB_URL");

    private final String description;

    DatabaseChoice(String description) {
        this.description = description;
    }

    public String describe() {
        return description;
    }

    public static DatabaseChoice fromEnvironment() {
        return from(WorkshopSettings.fromSystem(), Docker::isAvailable);
    }

    static DatabaseChoice from(WorkshopSettings settings, BooleanSupplier dockerAvailable) {
        if (settings.databaseUrl() != null) {
            return EXISTING;
        }
        String mode = settings.databaseMode();
        return switch (mode) {
            case "embedded" -> EMBEDDED;
            case "testcontainers" -> TESTCONTAINERS;
            case "auto" -> dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
            default -> throw new IllegalArgumentException(
                    "WORKSHOP_DB=" + mode + " is not one of embedded, testcontainers, auto");
        };
    }

    /** The workshop's database settings, read once from system properties and the environment. */
    record WorkshopSettings(String databaseMode, String databaseUrl, String user, String password) {

        static WorkshopSettings fromSystem() {
            return from(System.getenv());
        }

        static WorkshopSettings from(Map<String, String> environment) {
            return new WorkshopSettings(
                    setting(environment, "WORKSHOP_DB", "embedded").toLowerCase(java.util.Locale.ROOT),
                    setting(environment, "WORKSHOP_DB_URL", null),
                    setting(environment, "WORKSHOP_DB_USER", "postgres"),
                    setting(environment, "WORKSHOP_DB_PASSWORD", "postgres"));
        }

        private static String setting(Map<String, String> environment, String name, String fallback) {
            String property = System.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
            String value = property != null ? property : environment.get(name);
            return value == null || value.isBlank() ? fallback : value.trim();
        }
    }
}
