package org.acredita.storage.s3;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.acredita.storage.internal.Admission;
import org.acredita.storage.internal.FileStore;
import org.acredita.storage.internal.KeptContent;
import org.acredita.storage.internal.StoredContent;
import org.acredita.storage.internal.StoredContentNotFoundException;
import org.acredita.storage.support.ContentSpooler;
import org.acredita.storage.support.Sha256Hex;
import org.acredita.storage.support.SpooledFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps files as objects {@code <prefix>/<ab>/<sha256>} in one bucket. Uploads are spooled to a local
 * temp file first: the key is the content's hash, which is only known once all bytes have arrived,
 * and the SDK needs the length up front.
 */
public final class S3FileStore implements FileStore, AutoCloseable {

    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final String bucket;
    private final String keyPrefix;
    private final ContentSpooler spooler;

    /**
     * @param s3             the client; this store closes it on {@link #close()}
     * @param prefix         key prefix without surrounding slashes, may be empty
     * @param spoolDirectory local directory for uploads in transit
     */
    public S3FileStore(S3Client s3, String bucket, String prefix, Path spoolDirectory) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.keyPrefix = normalizePrefix(prefix);
        this.spooler = new ContentSpooler(spoolDirectory, false);
    }

    /** Creates the bucket unless it exists; meant for development and test set-ups. */
    public void createBucketIfMissing() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != NOT_FOUND) {
                throw e;
            }
            try {
                s3.createBucket(request -> request.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException raced) {
                // another instance created it meanwhile
            }
        }
    }

    /**
     * An object already there is copied onto itself instead of uploaded again: the bytes stay as they are and its
     * last-modified time, which the clean-up reads as the time it was last stored, is renewed.
     */
    @Override
    public StoredContent store(InputStream content, long maxBytes, Admission admission) {
        try (SpooledFile upload = spooler.spool(content, maxBytes, admission)) {
            StoredContent stored = upload.content();
            admission.accept(stored);
            String key = keyOf(stored.sha256());
            if (!objectExists(key) || !renewed(key, stored.contentType())) {
                s3.putObject(request -> request.bucket(bucket).key(key)
                                .contentType(stored.contentType())
                                .contentLength(stored.size()),
                        RequestBody.fromFile(upload.path()));
            }
            return stored;
        }
    }

    /** False when the object vanished meanwhile (the clean-up took it). */
    private boolean renewed(String key, String contentType) {
        try {
            s3.copyObject(request -> request.sourceBucket(bucket).sourceKey(key).destinationBucket(bucket)
                    .destinationKey(key).metadataDirective(MetadataDirective.REPLACE).contentType(contentType));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String sha256) {
        String key = keyOf(Sha256Hex.requireValid(sha256));
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key));
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                throw new StoredContentNotFoundException(sha256);
            }
            throw e;
        }
    }

    @Override
    public boolean exists(String sha256) {
        return objectExists(keyOf(Sha256Hex.requireValid(sha256)));
    }

    @Override
    public void forEachContent(Consumer<KeptContent> action) {
        s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(keyPrefix)).contents().forEach(object -> {
            String name = object.key().substring(object.key().lastIndexOf('/') + 1);
            if (Sha256Hex.isValid(name) && object.key().equals(keyOf(name))) {
                action.accept(new KeptContent(name, object.lastModified()));
            }
        });
    }

    @Override
    public void delete(String sha256) {
        String key = keyOf(Sha256Hex.requireValid(sha256));
        s3.deleteObject(request -> request.bucket(bucket).key(key));
    }

    @Override
    public int deleteTemporaryFilesOlderThan(Instant cutoff) {
        return spooler.deleteOlderThan(cutoff);
    }

    @Override
    public String describe() {
        var config = s3.serviceClientConfiguration();
        String endpoint = config.endpointOverride().map(Object::toString).orElse("AWS region " + config.region());
        return "S3 bucket " + bucket + " at endpoint " + endpoint + ", key prefix '" + keyPrefix + "'";
    }

    @Override
    public void close() {
        s3.close();
    }

    private boolean objectExists(String key) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private String keyOf(String sha256) {
        return keyPrefix + sha256.substring(0, 2) + "/" + sha256;
    }

    private static String normalizePrefix(String prefix) {
        String trimmed = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "" : trimmed + "/";
    }
}
