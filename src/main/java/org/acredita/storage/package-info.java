/**
 * File storage: content-addressed blobs behind the {@link org.acredita.storage.internal.FileStore} port.
 * Only this package is the module's API; sub-packages are implementation details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage",
        allowedDependencies = {"access", "audit"})
package org.acredita.storage;
