package org.acredita.storage.config;

import java.nio.file.Path;
import org.acredita.storage.internal.FileStore;
import org.acredita.storage.StorageLimits;
import org.acredita.storage.local.LocalFileStore;
import org.acredita.storage.s3.S3Connection;
import org.acredita.storage.s3.S3FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the one {@link FileStore} selected by {@code acredita.storage.type}. Bad settings fail
 * start-up through {@link InvalidConfigurationPropertyValueException}, which Spring Boot reports
 * with the property name and the reason.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
public class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);
    private static final String PREFIX = "acredita.storage.";

    @Bean
    FileStore fileStore(StorageProperties properties) {
        FileStore store = switch (properties.type()) {
            case LOCAL -> new LocalFileStore(properties.local().root());
            case S3 -> s3FileStore(properties.s3());
        };
        log.info("Almacenamiento de archivos / File store: {}", store.describe());
        return store;
    }

    @Bean
    StorageLimits storageLimits(StorageProperties properties) {
        if (properties.maxFileSize().toBytes() <= 0) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "max-file-size",
                    properties.maxFileSize(), "The maximum file size must be positive.");
        }
        return new StorageLimits(properties.maxFileSize());
    }

    private static S3FileStore s3FileStore(StorageProperties.S3Settings s3) {
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "s3.bucket", s3.bucket(),
                    "A bucket name is required when acredita.storage.type=s3.");
        }
        if ((s3.accessKey() == null) != (s3.secretKey() == null)) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "s3.access-key", s3.accessKey(),
                    "Set both acredita.storage.s3.access-key and acredita.storage.s3.secret-key, or neither"
                            + " to use the AWS default credential chain.");
        }
        S3Connection connection = new S3Connection(s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey(),
                s3.pathStyleAccess(), s3.checksumWhenRequired());
        S3FileStore store = new S3FileStore(connection.buildClient(), s3.bucket(), s3.prefix(), spoolDirectory(s3));
        if (s3.createBucket()) {
            try {
                store.createBucketIfMissing();
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }

    private static Path spoolDirectory(StorageProperties.S3Settings s3) {
        return s3.spoolDir() != null ? s3.spoolDir() : Path.of(System.getProperty("java.io.tmpdir"), "acredita-uploads");
    }
}
