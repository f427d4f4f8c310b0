package org.acredita.standards.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.standards.Frequency;
import org.acredita.standards.Level;
import org.acredita.standards.internal.SearchCriteria;
import org.acredita.standards.internal.Standard;
import org.acredita.standards.internal.StandardSearch;
import org.acredita.standards.Text;
import org.acredita.standards.internal.TranslationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * PostgreSQL full-text search: Spanish texts with the Spanish dictionary, English ones with the English
 * one, both after unaccent so "politica" finds "política"; a number prefix or a fragment of a title
 * also matches, because people type "4.2" or half a word. The text vectors are stored with each
 * standard (V13), so a query never rebuilds them.
 */
@Repository
class PostgresStandardSearch implements StandardSearch {

    private final JdbcClient jdbc;

    PostgresStandardSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Standard> search(UUID edition, SearchCriteria criteria) {
        StringBuilder where = new StringBuilder(" where s.edition_id = :edition");
        Map<String, Object> params = new HashMap<>();
        params.put("edition", edition);
        if (criteria.q() != null) {
            where.append(" and (s.number = :q or s.number like :prefix escape '!'")
                    .append(" or s.search_es @@ plainto_tsquery('spanish', acredita_unaccent(:q))")
                    .append(" or s.search_en @@ plainto_tsquery('english', acredita_unaccent(:q))")
                    .append(" or s.search_titles like acredita_unaccent(lower(:words)) escape '!')");
            String literal = criteria.q().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.put("q", criteria.q());
            params.put("prefix", literal + ".%");
            params.put("words", "%" + literal + "%");
        }
        if (criteria.level() != null) {
            where.append(" and s.level = :level");
            params.put("level", criteria.level().name());
        }
        if (criteria.timeSensitive() != null) {
            where.append(criteria.timeSensitive() ? " and s.frequency is not null" : " and s.frequency is null");
        }
        if (criteria.tier() != null) {
            where.append(" and exists (select 1 from standard_tier st join tier t on t.id = st.tier_id")
                    .append(" where st.standard_id = s.id and t.code = :tier)");
            params.put("tier", criteria.tier());
        }
        if (criteria.function() != null) {
            where.append(" and exists (select 1 from standard_function f where f.standard_id = s.id")
                    .append(" and f.function_code = :function)");
            params.put("function", criteria.function());
        }
        params.put("limit", LIMIT);
        return jdbc.sql("""
                select s.id, s.number, s.title_es, s.title_en, s.statement_es, s.statement_en, s.level, s.frequency,
                    s.translation_status from standard s""" + where + " order by s.sort_key limit :limit")
                .params(params)
                .query((rs, row) -> {
                    String frequency = rs.getString("frequency");
                    return new Standard(rs.getObject("id", UUID.class), rs.getString("number"),
                            Text.of(rs.getString("title_es"), rs.getString("title_en")),
                            Text.of(rs.getString("statement_es"), rs.getString("statement_en")),
                            Level.valueOf(rs.getString("level")),
                            frequency == null ? null : Frequency.valueOf(frequency),
                            TranslationStatus.valueOf(rs.getString("translation_status")));
                }).list();
    }
}
