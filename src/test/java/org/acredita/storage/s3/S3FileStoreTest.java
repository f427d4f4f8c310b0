package org.acredita.storage.s3;

import static org.acredita.storage.support.TestContent.PDF;
import static org.acredita.storage.support.TestContent.TEXT;
import static org.acredita.storage.support.TestContent.randomBytes;
import static org.acredita.storage.support.TestContent.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.acredita.storage.FileTooLargeException;
import org.acredita.storage.internal.StoredContent;
import org.acredita.storage.internal.StoredContentNotFoundException;
import org.acredita.storage.support.TestContent.EndlessStream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Runs against S3Proxy in this JVM with jclouds' in-memory blob store: no Docker, no network. */
class S3FileStoreTest {

    private static final long MB = 1024 * 1024;
    private static final String ACCESS_KEY = "acredita-test";
    private static final String SECRET_KEY = "acredita-test-secret";
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private static BlobStoreContext blobStores;
    private static S3Proxy proxy;
    private static S3Connection connection;

    @TempDir
    Path spool;

    private String bucket;
    private S3FileStore store;
    private S3Client inspector;

    @BeforeAll
    static void startS3Proxy() throws Exception {
        blobStores = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder()
                .blobStore(blobStores.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        connection = new S3Connection(URI.create("http://127.0.0.1:" + proxy.getPort()), "us-east-1",
                ACCESS_KEY, SECRET_KEY, true, true);
    }

    @AfterAll
    static void stopS3Proxy() throws Exception {
        proxy.stop();
        blobStores.close();
    }

    @BeforeEach
    void createStore() {
        bucket = "acredita-test-" + BUCKETS.incrementAndGet();
        store = new S3FileStore(connection.buildClient(), bucket, "files", spool);
        store.createBucketIfMissing();
        inspector = connection.buildClient();
    }

    @AfterEach
    void closeClients() {
        store.close();
        inspector.close();
    }

    @Test
    void roundTripsMultiMegabyteStream() throws IOException {
        byte[] bytes = randomBytes(5 * (int) MB + 17, 42);

        StoredContent stored = store.store(new ByteArrayInputStream(bytes), 10 * MB);

        String sha = sha256(bytes);
        assertThat(stored).isEqualTo(new StoredContent(sha, bytes.length, "application/octet-stream"));
        assertThat(store.exists(sha)).isTrue();
        assertThat(objectKeys()).containsExactly("files/" + sha.substring(0, 2) + "/" + sha);
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void storesSameContentOnce() throws IOException {
        StoredContent first = store.store(new ByteArrayInputStream(PDF), MB);
        // Tag the object behind the store's back: a second upload must leave it untouched.
        String key = objectKeys().get(0);
        inspector.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromString("marker"));

        StoredContent second = store.store(new ByteArrayInputStream(PDF), MB);

        assertThat(second).isEqualTo(first);
        assertThat(objectKeys()).containsExactly(key);
        try (InputStream in = store.open(first.sha256())) {
            assertThat(in.readAllBytes()).asString().isEqualTo("marker");
        }
    }

    @Test
    void listsStoredContentWithItsTimeAndDeletesIt() {
        StoredContent pdf = store.store(new ByteArrayInputStream(PDF), MB);
        StoredContent text = store.store(new ByteArrayInputStream(TEXT), MB);
        inspector.putObject(request -> request.bucket(bucket).key("files/not-a-content"), RequestBody.fromString("x"));
        java.util.Map<String, java.time.Instant> listed = new java.util.HashMap<>();

        store.forEachContent(content -> listed.put(content.sha256(), content.storedAt()));

        assertThat(listed).containsOnlyKeys(pdf.sha256(), text.sha256());
        assertThat(listed.get(pdf.sha256())).isAfter(java.time.Instant.now().minusSeconds(60));
        store.delete(pdf.sha256());
        assertThat(store.exists(pdf.sha256())).isFalse();
        assertThat(store.exists(text.sha256())).isTrue();
    }

    @Test
    void removesOnlyStaleTemporaryFiles() throws IOException {
        Path stale = Files.writeString(spool.resolve("upload-stale.tmp"), "a medias");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
        Path arriving = Files.writeString(spool.resolve("upload-arriving.tmp"), "llegando");

        assertThat(store.deleteTemporaryFilesOlderThan(java.time.Instant.now().minus(java.time.Duration.ofDays(1))))
                .isEqualTo(1);

        assertThat(stale).doesNotExist();
        assertThat(arriving).exists();
    }

    @Test
    void refusesContentItsCallerDoesNotAdmitAndKeepsNothing() throws IOException {
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(PDF), MB, content -> {
            throw new IllegalStateException("not admitted: " + content.contentType());
        })).hasMessage("not admitted: application/pdf");

        assertThat(objectKeys()).isEmpty();
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void keepsSniffedContentTypeOnTheObject() {
        StoredContent stored = store.store(new ByteArrayInputStream(PDF), MB);

        String key = "files/" + stored.sha256().substring(0, 2) + "/" + stored.sha256();
        assertThat(inspector.headObject(request -> request.bucket(bucket).key(key)).contentType())
                .isEqualTo("application/pdf");
    }

    @Test
    void rejectsUploadOverTheLimitAndKeepsNothing() throws IOException {
        EndlessStream endless = new EndlessStream();

        assertThatThrownBy(() -> store.store(endless, MB))
                .isInstanceOfSatisfying(FileTooLargeException.class, e -> assertThat(e.maxBytes()).isEqualTo(MB));

        assertThat(endless.bytesRead()).isLessThan(2 * MB);
        assertThat(objectKeys()).isEmpty();
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void reportsUnknownHashAsNotFound() {
        String unknown = sha256(TEXT);

        assertThat(store.exists(unknown)).isFalse();
        assertThatThrownBy(() -> store.open(unknown)).isInstanceOf(StoredContentNotFoundException.class);
    }

    @Test
    void rejectsMalformedHashes() {
        assertThatThrownBy(() -> store.open("../other-bucket/secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists("not-a-hash")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesBucketAndEndpoint() {
        assertThat(store.describe())
                .contains("S3 bucket " + bucket)
                .contains("http://127.0.0.1:" + proxy.getPort());
    }

    private List<String> objectKeys() {
        return inspector.listObjectsV2Paginator(request -> request.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .toList();
    }

    private List<Path> spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        }
    }
}
