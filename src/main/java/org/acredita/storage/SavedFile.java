package org.acredita.storage;

/** A file as {@link StoredFiles#recordOnce} kept it: newly recorded, or the owner's earlier copy of the same bytes. */
public record SavedFile(StoredFile file, boolean created) {
}
