package org.acredita.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.search.SearchDocument;
import org.acredita.search.internal.SearchHit;
import org.acredita.search.internal.SearchIndex;
import org.acredita.search.internal.SearchQuery;
import org.acredita.search.internal.SnippetPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search port on PostgreSQL full-text search: stored Spanish and English vectors (accents
 * removed) with GIN indexes; the best-ranked page is found first and only its snippets are built.
 * Row-level security leaves out documents of agencies the caller may not read.
 */
@Repository
class PostgresSearchIndex implements SearchIndex {

    /** Marks around matches in ts_headline's output: control characters no document text contains after cleaning. */
    static final int CANDIDATES = 1000;
    private static final char START = '\u0002';
    private static final char STOP = '\u0003';
    private static final String HEADLINE = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MinWords=8, MaxWords=22, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;

    PostgresSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(SearchDocument d) {
        jdbc.sql("""
                insert into search_document (agency_id, kind, source_id, title, body, link) values (?, ?, ?, ?, ?, ?)
                on conflict (kind, source_id) do update set agency_id = excluded.agency_id, title = excluded.title,
                    body = excluded.body, link = excluded.link, indexed_at = now()
                """).params(d.agencyId(), d.kind(), d.sourceId(), d.title(), clean(d.body()), d.link()).update();
    }

    @Override
    public void remove(UUID agencyId, String kind, String sourceId) {
        jdbc.sql("delete from search_document where agency_id = ? and kind = ? and source_id = ?")
                .params(agencyId, kind, sourceId).update();
    }

    /**
     * The candidates come from {@code acredita_search_candidates} (V23), which can use the text indexes
     * under row-level security and applies the caller's reach itself.
     * At most {@value #CANDIDATES} matches are ranked, the first the index finds: a word found in tens
     * of thousands of documents across a whole programme is answered as fast as a rare one (an agency's
     * own documents rarely reach that many, so for them every match is ranked). Ordering the candidates
     * first, by date for example, made PostgreSQL read the table in that order and test every row: seconds
     * for a phrase. The agencies are also named in the query (besides row-level security) so that the
     * planner can start from an agency's few documents rather than from every match. The hits' agencies are
     * named from identity's published {@code agency_directory} view (decision 0005) in the same statement, for
     * the page's few hits, instead of reading every organisation the caller sees.
     */
    @Override
    public List<SearchHit> search(SearchQuery query, Set<UUID> within, int limit) {
        if (within != null && within.isEmpty()) {
            return List.of();
        }
        // Compiling the statement (JIT) costs more than running it; for this statement's transaction only.
        jdbc.sql("set local jit = off").update();
        return jdbc.sql("""
                with q as (select plainto_tsquery('spanish', acredita_unaccent(:words)) as es,
                                  plainto_tsquery('english', acredita_unaccent(:words)) as en),
                candidates as (
                    select c.id from acredita_search_candidates(:words, cast(:kind as text), cast(:agency as uuid),
                        case when cast(:everywhere as boolean) then null else cast(:within as uuid[]) end,
                        :candidates) c),
                best as (
                    select d.id, d.agency_id, d.kind, d.source_id, d.title, d.link, d.body,
                           greatest(ts_rank(d.search_es, q.es), ts_rank(d.search_en, q.en)) as rank
                    from search_document d join candidates c on c.id = d.id, q
                    order by rank desc, d.id desc
                    limit :limit offset :offset)
                select b.agency_id, coalesce(a.name, '') as agency_name, b.kind, b.source_id, b.title, b.link,
                       ts_headline('spanish', b.title || '. ' || b.body, q.es, :headline) as es,
                       ts_headline('english', b.title || '. ' || b.body, q.en, :headline) as en
                from best b cross join q left join agency_directory a on a.agency_id = b.agency_id
                order by b.rank desc, b.id desc
                """).param("words", query.words()).param("kind", query.kind()).param("agency", query.agencyId())
                .param("everywhere", within == null)
                .param("within", within == null ? new UUID[0] : within.toArray(UUID[]::new))
                .param("candidates", CANDIDATES)
                .param("limit", limit).param("offset", query.page() * SearchQuery.PAGE_SIZE).param("headline", HEADLINE)
                .query((rs, n) -> new SearchHit(rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
                        rs.getString("kind"),
                        rs.getString("source_id"), rs.getString("title"), rs.getString("link"),
                        parts(best(rs.getString("es"), rs.getString("en")))))
                .list();
    }

    /**
     * The Spanish headline when the Spanish reading found the words, else the English one: the English
     * reading also marks Spanish articles ("de", "la") it does not know to skip.
     */
    private static String best(String spanish, String english) {
        return count(spanish) > 0 || count(english) == 0 ? spanish : english;
    }

    private static long count(String headline) {
        return headline.chars().filter(c -> c == START).count();
    }

    static List<SnippetPart> parts(String headline) {
        List<SnippetPart> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!run.isEmpty()) {
                    parts.add(new SnippetPart(run.toString(), marked));
                    run.setLength(0);
                }
                marked = c == START;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            parts.add(new SnippetPart(run.toString(), marked));
        }
        return parts;
    }

    /** Control characters out (the highlight marks use two of them), length within the limit. */
    private static String clean(String body) {
        String text = body == null ? "" : body.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ");
        return text.length() > SearchDocument.MAX_BODY ? text.substring(0, SearchDocument.MAX_BODY) : text;
    }
}
