package org.acredita.storage.s3;

import java.net.URI;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * How to reach an S3 or S3-compatible service (MinIO, Ceph, Garage, S3Proxy...).
 *
 * @param endpoint              service URL; {@code null} means AWS's own endpoint for the region
 * @param region                signing region; S3-compatible stores usually accept {@code us-east-1}
 * @param accessKey             {@code null} (with {@code secretKey}) to use the SDK's default credential chain
 * @param secretKey             secret for {@code accessKey}
 * @param pathStyleAccess       {@code http://host/bucket/key} instead of {@code http://bucket.host/key}
 * @param checksumsWhenRequired send and verify the SDK's flexible checksums only where the API demands them;
 *                              many S3-compatible stores reject the SDK's default checksum headers
 */
public record S3Connection(URI endpoint, String region, String accessKey, String secretKey,
                           boolean pathStyleAccess, boolean checksumsWhenRequired) {

    public S3Connection {
        Objects.requireNonNull(region, "region");
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException("Set both the S3 access key and secret key, or neither");
        }
    }

    /** Builds a client on the JDK's HTTP stack, keeping Apache and Netty clients out of the picture. */
    public S3Client buildClient() {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .forcePathStyle(pathStyleAccess);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (accessKey != null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        }
        if (checksumsWhenRequired) {
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return builder.build();
    }

    @Override
    public String toString() {
        // Records print every component; the secret must never reach a log.
        return "S3Connection[endpoint=" + endpoint + ", region=" + region + ", accessKey=" + accessKey
                + ", pathStyleAccess=" + pathStyleAccess + ", checksumsWhenRequired=" + checksumsWhenRequired + "]";
    }
}
