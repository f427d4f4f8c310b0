/**
 * File storage: content-addressed blobs behind the {@link org.acredita.storage.FileStore} port.
 * Only this package is the module's API; sub-packages are implementation details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.acredita.storage;
