package org.acredita.agencies.internal;

import java.io.InputStream;

/** A document to keep with a step of the timeline, as uploaded. */
public record NewAttachment(String fileName, InputStream content) {
}
