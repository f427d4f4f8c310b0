/**
 * Acredita's manual exchange format. {@link org.acredita.standards.format.ManualDocument} is what
 * {@code Manuals.document(editionId)} returns, so other modules may read it (chapters, standards, elements).
 */
@org.springframework.modulith.NamedInterface("format")
package org.acredita.standards.format;
