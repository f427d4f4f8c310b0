package org.acredita.storage;

import java.util.Objects;
import org.springframework.util.unit.DataSize;

/**
 * The configured upload limit ({@code acredita.storage.max-file-size}), published as a bean so other
 * modules can pass it to {@link FileStore#store} without reading the storage module's internal settings.
 */
public record StorageLimits(DataSize maxFileSize) {

    public StorageLimits {
        Objects.requireNonNull(maxFileSize, "maxFileSize");
        if (maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
        }
    }

    public long maxBytes() {
        return maxFileSize.toBytes();
    }
}
