package org.acredita.distribution.web;

/** One printed slip: whom it is for, their personal link and the link's QR code as a {@code data:} PNG. */
public record Slip(String name, String employeeNumber, String unit, String link, String qrCode) {
}
