package org.acredita.storage.internal;

/** No stored file has the requested hash. */
public class StoredContentNotFoundException extends RuntimeException {

    private final String sha256;

    public StoredContentNotFoundException(String sha256) {
        super("No stored file with SHA-256 " + sha256);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
