package workshop.support.database;

import java.util.concurrent.TimeUnit;

/** Asks the Docker client whether an engine answers; quick, and quiet when there is none. */
public final class Docker {

    private Docker() {
    }

    public static boolean isAvailable() {
        try {
            Process info = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!info.waitFor(5, TimeUnit.SECONDS)) {
                info.destroyForcibly();
                return false;
            }
            return info.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
