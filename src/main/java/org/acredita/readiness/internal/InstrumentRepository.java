package org.acredita.readiness.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.readiness.internal.Area;
import org.acredita.readiness.internal.Instrument;
import org.acredita.readiness.internal.Question;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes' instruments; only full-reach callers may write them (row-level security). */
@Repository
public class InstrumentRepository {

    private final JdbcClient jdbc;

    InstrumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instrument> find(UUID programmeId) {
        return version(programmeId, false).map(version -> new Instrument(programmeId, version,
                jdbc.sql("select id, position, name_es, name_en, weight, retired from readiness_area "
                        + "where programme_id = ? order by position, name_es").param(programmeId)
                        .query(InstrumentRepository::area).list(),
                jdbc.sql("select q.id, q.area_id, q.position, q.text_es, q.text_en, q.guidance_es, q.guidance_en, "
                        + "q.weight, q.linked_standards, q.retired from readiness_question q "
                        + "join readiness_area a on a.id = q.area_id where a.programme_id = ? "
                        + "order by a.position, q.position").param(programmeId)
                        .query(InstrumentRepository::question).list()));
    }

    /** Locks the instrument so changes to it apply one after the other; empty when there is none. */
    public Optional<Integer> lock(UUID programmeId) {
        return version(programmeId, true);
    }

    /** Creates the instrument row; false when another request created it first. */
    public boolean create(UUID programmeId) {
        return jdbc.sql("insert into readiness_instrument (programme_id) values (?) on conflict do nothing")
                .param(programmeId).update() == 1;
    }

    public int bumpVersion(UUID programmeId) {
        return jdbc.sql("update readiness_instrument set version = version + 1, updated_at = now() "
                + "where programme_id = ? returning version").param(programmeId).query(Integer.class).single();
    }

    public void insertArea(UUID programmeId, Area area) {
        jdbc.sql("insert into readiness_area (id, programme_id, position, name_es, name_en, weight, retired) "
                + "values (?, ?, ?, ?, ?, ?, ?)").params(area.id(), programmeId, area.position(), area.nameEs(),
                area.nameEn(), area.weight(), area.retired()).update();
    }

    public void updateArea(UUID programmeId, Area area) {
        jdbc.sql("update readiness_area set position = ?, name_es = ?, name_en = ?, weight = ?, retired = ? "
                + "where id = ? and programme_id = ?").params(area.position(), area.nameEs(), area.nameEn(),
                area.weight(), area.retired(), area.id(), programmeId).update();
    }

    public void insertQuestion(Question question) {
        jdbc.sql("""
                insert into readiness_question (id, area_id, position, text_es, text_en, guidance_es, guidance_en,
                    weight, linked_standards, retired)
                values (?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?)
                """).params(question.id(), question.areaId(), question.position(), question.textEs(),
                question.textEn(), question.guidanceEs(), question.guidanceEn(), question.weight(),
                String.join(",", question.linkedStandards()), question.retired()).update();
    }

    public void updateQuestion(Question question) {
        jdbc.sql("""
                update readiness_question set area_id = ?, position = ?, text_es = ?, text_en = ?, guidance_es = ?,
                    guidance_en = ?, weight = ?, linked_standards = string_to_array(?, ','), retired = ?
                where id = ?
                """).params(question.areaId(), question.position(), question.textEs(), question.textEn(),
                question.guidanceEs(), question.guidanceEn(), question.weight(),
                String.join(",", question.linkedStandards()), question.retired(), question.id()).update();
    }

    private Optional<Integer> version(UUID programmeId, boolean lock) {
        return jdbc.sql("select version from readiness_instrument where programme_id = ?" + (lock ? " for update" : ""))
                .param(programmeId).query(Integer.class).optional();
    }

    private static Area area(ResultSet rs, int row) throws SQLException {
        return new Area(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("name_es"),
                rs.getString("name_en"), rs.getInt("weight"), rs.getBoolean("retired"));
    }

    private static Question question(ResultSet rs, int row) throws SQLException {
        return new Question(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class), rs.getInt("position"),
                rs.getString("text_es"), rs.getString("text_en"), rs.getString("guidance_es"),
                rs.getString("guidance_en"), rs.getInt("weight"), standards(rs.getArray("linked_standards")),
                rs.getBoolean("retired"));
    }

    static List<String> standards(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
