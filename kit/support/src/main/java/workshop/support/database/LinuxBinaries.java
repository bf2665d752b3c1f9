package workshop.support.database;

import java.io.IOException;
import java.io.InputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;

/**
 * Finds the PostgreSQL binaries of the running Linux and CPU straight away. Zonky's default resolver first runs a shell
 * script and {@code lsb_release} to look for Alpine's binaries, about 0.15 s of every database start; the build never
 * resolves those (see the OS and CPU profiles of kit/support's pom). Other systems go to the default resolver.
 */
final class LinuxBinaries implements PgBinaryResolver {

    @Override
    public InputStream getPgBinary(String system, String architecture) throws IOException {
        if ("Linux".equals(system)) {
            InputStream binaries = LinuxBinaries.class.getResourceAsStream(
                    "/postgres-linux-" + ArchUtils.normalize(architecture) + ".txz");
            if (binaries != null) {
                return binaries;
            }
        }
        return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture);
    }
}
