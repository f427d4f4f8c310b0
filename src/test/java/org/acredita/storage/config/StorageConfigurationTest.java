package org.acredita.storage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.acredita.storage.internal.FileStore;
import org.acredita.storage.StorageLimits;
import org.acredita.storage.local.LocalFileStore;
import org.acredita.storage.s3.S3FileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Only the storage beans, no application: starts in milliseconds. */
@ExtendWith(OutputCaptureExtension.class)
class StorageConfigurationTest {

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(StorageConfiguration.class);

    @Test
    void usesLocalStoreWith100MegabyteLimitByDefault(CapturedOutput output) {
        runner.withPropertyValues("acredita.storage.local.root=" + dir).run(context -> {
            assertThat(context).hasSingleBean(FileStore.class);
            assertThat(context.getBean(FileStore.class)).isInstanceOf(LocalFileStore.class);
            assertThat(((LocalFileStore) context.getBean(FileStore.class)).root()).isEqualTo(dir.toAbsolutePath());
            assertThat(context.getBean(StorageLimits.class).maxBytes()).isEqualTo(100L * 1024 * 1024);
        });
        assertThat(output).contains("Almacenamiento de archivos / File store: local filesystem " + dir.toAbsolutePath());
    }

    @Test
    void usesS3StoreWhenConfigured() {
        runner.withPropertyValues(
                        "acredita.storage.type=s3",
                        "acredita.storage.max-file-size=20MB",
                        "acredita.storage.s3.bucket=evidencias",
                        "acredita.storage.s3.endpoint=http://127.0.0.1:9",
                        "acredita.storage.s3.access-key=key",
                        "acredita.storage.s3.secret-key=secret",
                        "acredita.storage.s3.spool-dir=" + dir)
                .run(context -> {
                    assertThat(context).hasSingleBean(FileStore.class);
                    assertThat(context.getBean(FileStore.class)).isInstanceOf(S3FileStore.class);
                    assertThat(context.getBean(FileStore.class).describe())
                            .isEqualTo("S3 bucket evidencias at endpoint http://127.0.0.1:9, key prefix 'files/'");
                    assertThat(context.getBean(StorageLimits.class).maxBytes()).isEqualTo(20L * 1024 * 1024);
                });
    }

    @Test
    void failsStartUpWhenS3BucketIsMissing() {
        runner.withPropertyValues("acredita.storage.type=s3").run(context ->
                assertThat(context).getFailure()
                        .rootCause()
                        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                        .hasMessageContaining("acredita.storage.s3.bucket"));
    }

    @Test
    void failsStartUpWhenOnlyOneS3CredentialIsSet() {
        runner.withPropertyValues("acredita.storage.type=s3", "acredita.storage.s3.bucket=evidencias",
                        "acredita.storage.s3.access-key=key")
                .run(context -> assertThat(context).getFailure()
                        .rootCause()
                        .hasMessageContaining("acredita.storage.s3.secret-key"));
    }

    @Test
    void failsStartUpOnNonPositiveMaxFileSize() {
        runner.withPropertyValues("acredita.storage.local.root=" + dir, "acredita.storage.max-file-size=0")
                .run(context -> assertThat(context).getFailure()
                        .rootCause()
                        .hasMessageContaining("acredita.storage.max-file-size"));
    }
}
