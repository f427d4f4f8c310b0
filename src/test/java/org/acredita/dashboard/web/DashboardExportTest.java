package org.acredita.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardExportTest {

    @Test
    void csvCellsAreQuotedWhenNeededAndCannotRunAsFormulas() {
        assertThat(DashboardExport.quoted("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DashboardExport.quoted("Querétaro, Qro.")).isEqualTo("\"Querétaro, Qro.\"");
        assertThat(DashboardExport.quoted("C5")).isEqualTo("C5");
        assertThat(DashboardExport.quoted("")).isEmpty();
    }
}
