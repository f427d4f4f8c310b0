/**
 * Printing: any module's HTML document (an assessment report, a docket packet, a certificate) as a PDF with its
 * fonts embedded, so accents and ñ print the same on every machine, and without reaching the network; and QR codes
 * ({@code QrCode}) a document embeds as an image.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printing",
        allowedDependencies = {})
package org.acredita.printing;
