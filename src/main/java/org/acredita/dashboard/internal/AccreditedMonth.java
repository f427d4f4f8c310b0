package org.acredita.dashboard.internal;

import java.time.YearMonth;

/** How many of the programme's agencies had been accredited by the end of a month. */
public record AccreditedMonth(YearMonth month, int accredited) {
}
