package org.acredita.audit.internal;

import org.springframework.jdbc.core.RowMapper;

/** The head of the chain and its length as recorded by the last append (table audit_anchor). */
public record ChainAnchor(Long headId, String headHash, long events) {

    public static final RowMapper<ChainAnchor> ROWS = (rows, rowNum) -> new ChainAnchor(
            rows.getObject("head_id", Long.class), rows.getString("head_hash"), rows.getLong("events"));
}
