package org.acredita.storage.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code acredita.storage}.
 *
 * @param type        which {@link org.acredita.storage.internal.FileStore} to run
 * @param maxFileSize largest accepted upload
 * @param cleanup     removal of content no stored file refers to
 */
@ConfigurationProperties("acredita.storage")
public record StorageProperties(
        @DefaultValue("local") Type type,
        @DefaultValue("100MB") DataSize maxFileSize,
        @DefaultValue LocalSettings local,
        @DefaultValue S3Settings s3,
        @DefaultValue Cleanup cleanup) {

    public enum Type { LOCAL, S3 }

    /**
     * @param cron  when the clean-up runs ({@code -} turns it off); read by the scheduler as
     *              {@code acredita.storage.cleanup.cron}
     * @param grace how old unreferenced content and temporary upload files must be before they go: longer than
     *              any upload and its recording take
     */
    public record Cleanup(@DefaultValue("0 41 3 * * *") String cron, @DefaultValue("24h") Duration grace) {
    }

    /** @param root directory holding the files; its {@code tmp} sub-directory holds uploads in transit */
    public record LocalSettings(@DefaultValue("./data/files") Path root) {
    }

    /**
     * @param endpoint             service URL; unset means AWS itself
     * @param bucket               required
     * @param prefix               key prefix inside the bucket
     * @param pathStyleAccess      on by default: S3-compatible stores rarely support virtual-host buckets
     * @param checksumWhenRequired on by default: many S3-compatible stores reject the SDK's default checksums
     * @param createBucket         create the bucket at start-up if missing (development, tests)
     * @param spoolDir             local directory for uploads in transit; unset means the JVM temp dir
     */
    public record S3Settings(
            URI endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            @DefaultValue("files") String prefix,
            String accessKey,
            String secretKey,
            @DefaultValue("true") boolean pathStyleAccess,
            @DefaultValue("true") boolean checksumWhenRequired,
            @DefaultValue("false") boolean createBucket,
            Path spoolDir) {

        @Override
        public String toString() {
            // Records print every component; the secret must never reach a log.
            return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                    + ", prefix=" + prefix + ", accessKey=" + accessKey + ", pathStyleAccess=" + pathStyleAccess
                    + ", checksumWhenRequired=" + checksumWhenRequired + ", createBucket=" + createBucket
                    + ", spoolDir=" + spoolDir + "]";
        }
    }
}
