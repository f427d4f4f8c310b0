package org.acredita.database.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * After a {@code kill -9} of the application its PostgreSQL keeps running without a parent and holds
 * the data directory. This finds that server through {@code postmaster.pid} and shuts it down so the
 * next start can take over (PostgreSQL itself then recovers from its write-ahead log).
 */
final class OrphanPostmaster {

    private OrphanPostmaster() {
    }

    static void stopIfRunning(Path dataDir, org.apache.commons.logging.Log log) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        readPid(pidFile).flatMap(ProcessHandle::of).filter(OrphanPostmaster::isPostgres).ifPresent(process -> {
            log.warn("Deteniendo un PostgreSQL que quedó en ejecución / Stopping a PostgreSQL left running (pid "
                    + process.pid() + ") on " + dataDir + " by an earlier run");
            process.destroy();
            if (!waitFor(process, Duration.ofSeconds(30))) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
        });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }

    private static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
