package org.acredita.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.personnel.Person;
import org.acredita.personnel.PersonStatus;
import org.acredita.personnel.RosterList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The roster's rows. Row-level security shows them only where the caller may write the agency, so even a
 * forgotten check never shows one to a funder or another agency. Whole-roster changes are single statements
 * over arrays ({@code unnest}), so a 30,000-person import is a handful of statements.
 */
@Repository
public class PersonRepository {

    private static final String SELECT = """
            select m.id, m.agency_id, m.employee_number, m.full_name, m.rank_id, r.name as rank_name, r.seniority,
                   m.unit_id, u.name as unit_name, m.position, m.status, m.email, m.phone
            from personnel_member m
            join personnel_rank r on r.agency_id = m.agency_id and r.id = m.rank_id
            join personnel_unit u on u.agency_id = m.agency_id and u.id = m.unit_id
            """;

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Person> find(UUID agencyId, PersonStatus status, UUID unitId, String words) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where m.agency_id = ?");
        List<Object> params = new ArrayList<>(List.of(agencyId));
        if (status != null) {
            sql.append(" and m.status = ?");
            params.add(status.name());
        }
        if (unitId != null) {
            sql.append(" and m.unit_id = ?");
            params.add(unitId);
        }
        if (words != null && !words.isBlank()) {
            sql.append(" and (m.full_name ilike ? or m.employee_number ilike ? or m.position ilike ?)");
            String like = "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like));
        }
        sql.append(" order by m.full_name, m.employee_number");
        return jdbc.sql(sql.toString()).params(params).query(PersonRepository::person).list();
    }

    public List<Person> all(UUID agencyId) {
        return find(agencyId, null, null, null);
    }

    public Optional<Person> one(UUID agencyId, UUID id) {
        return jdbc.sql(SELECT + " where m.agency_id = ? and m.id = ?").params(agencyId, id)
                .query(PersonRepository::person).optional();
    }

    public boolean numberTaken(UUID agencyId, String employeeNumber, UUID except) {
        return jdbc.sql("select count(*) from personnel_member where agency_id = ? and employee_number = ? "
                + "and id is distinct from ?").params(agencyId, employeeNumber, except).query(Long.class).single() > 0;
    }

    public List<RosterList> units(UUID agencyId) {
        return jdbc.sql("""
                select u.id, u.name, (select count(*) from personnel_member m where m.agency_id = u.agency_id
                    and m.unit_id = u.id and m.status <> 'SEPARATED') as people
                from personnel_unit u where u.agency_id = ? order by lower(u.name)
                """).param(agencyId).query((rs, n) -> new RosterList(rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getInt("people"))).list();
    }

    public List<RosterList> ranks(UUID agencyId) {
        return jdbc.sql("""
                select r.id, r.name, (select count(*) from personnel_member m where m.agency_id = r.agency_id
                    and m.rank_id = r.id and m.status <> 'SEPARATED') as people
                from personnel_rank r where r.agency_id = ? order by r.seniority, lower(r.name)
                """).param(agencyId).query((rs, n) -> new RosterList(rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getInt("people"))).list();
    }

    /** Serialises changes of one agency's roster (imports, edits, lists) for the rest of the transaction. */
    public void lock(UUID agencyId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('personnel'), hashtext(?::text))").param(agencyId)
                .query((rs, n) -> 1).single();
    }

    public void insert(Person person) {
        jdbc.sql("""
                insert into personnel_member (id, agency_id, employee_number, full_name, rank_id, unit_id, position,
                    status, email, phone)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(person.id(), person.agencyId(), person.employeeNumber(), person.name(), person.rankId(),
                person.unitId(), person.position(), person.status().name(), person.email(), person.phone()).update();
    }

    public void update(Person person) {
        jdbc.sql("""
                update personnel_member set employee_number = ?, full_name = ?, rank_id = ?, unit_id = ?, position = ?,
                    status = ?, email = ?, phone = ?, updated_at = now()
                where agency_id = ? and id = ?
                """).params(person.employeeNumber(), person.name(), person.rankId(), person.unitId(),
                person.position(), person.status().name(), person.email(), person.phone(), person.agencyId(),
                person.id()).update();
    }

    /** Adds many people in one statement. */
    public void insertAll(UUID agencyId, List<Person> added) {
        if (added.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into personnel_member (id, agency_id, employee_number, full_name, rank_id, unit_id, position,
                    status, email, phone)
                select id, ?, number, name, rank_id, unit_id, position, status, email, phone
                from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                    ?::text[]) as p(id, number, name, rank_id, unit_id, position, status, email, phone)
                """).params(columns(agencyId, added)).update();
    }

    /** Rewrites many people in one statement, each matched by id. */
    public void updateAll(UUID agencyId, List<Person> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<Object> params = columns(agencyId, changed);
        params.add(params.remove(0)); // the agency goes last, in the where clause
        jdbc.sql("""
                update personnel_member m set employee_number = p.number, full_name = p.name, rank_id = p.rank_id,
                    unit_id = p.unit_id, position = p.position, status = p.status, email = p.email, phone = p.phone,
                    updated_at = now()
                from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                    ?::text[]) as p(id, number, name, rank_id, unit_id, position, status, email, phone)
                where m.id = p.id and m.agency_id = ?
                """).params(params).update();
    }

    private static List<Object> columns(UUID agencyId, List<Person> people) {
        int n = people.size();
        // Sent as text arrays (which the driver binds) and cast to uuid[] by the statement.
        String[] ids = new String[n];
        String[] numbers = new String[n];
        String[] names = new String[n];
        String[] ranks = new String[n];
        String[] units = new String[n];
        String[] positions = new String[n];
        String[] statuses = new String[n];
        String[] emails = new String[n];
        String[] phones = new String[n];
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            ids[i] = p.id().toString();
            numbers[i] = p.employeeNumber();
            names[i] = p.name();
            ranks[i] = p.rankId().toString();
            units[i] = p.unitId().toString();
            positions[i] = p.position();
            statuses[i] = p.status().name();
            emails[i] = p.email();
            phones[i] = p.phone();
        }
        return new ArrayList<>(List.of(agencyId, ids, numbers, names, ranks, units, positions, statuses, emails,
                phones));
    }

    public void insertUnit(UUID agencyId, UUID id, String name) {
        jdbc.sql("insert into personnel_unit (id, agency_id, name) values (?, ?, ?)").params(id, agencyId, name)
                .update();
    }

    public void insertRank(UUID agencyId, UUID id, String name, int seniority) {
        jdbc.sql("insert into personnel_rank (id, agency_id, name, seniority) values (?, ?, ?, ?)")
                .params(id, agencyId, name, seniority).update();
    }

    public int nextSeniority(UUID agencyId) {
        return jdbc.sql("select coalesce(max(seniority), 0) + 1 from personnel_rank where agency_id = ?")
                .param(agencyId).query(Integer.class).single();
    }

    /** Removes a unit or rank no one holds (separated people included, who still name it); whether it did. */
    public boolean removeUnused(String list, UUID agencyId, UUID id) {
        String table = "unit".equals(list) ? "personnel_unit" : "personnel_rank";
        String column = "unit".equals(list) ? "unit_id" : "rank_id";
        return jdbc.sql("delete from " + table + " l where l.agency_id = ? and l.id = ? and not exists ("
                + "select 1 from personnel_member m where m.agency_id = l.agency_id and m." + column + " = l.id)")
                .params(agencyId, id).update() == 1;
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("employee_number"), rs.getString("full_name"), rs.getObject("rank_id", UUID.class),
                rs.getString("rank_name"), rs.getInt("seniority"), rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"), rs.getString("position"), PersonStatus.valueOf(rs.getString("status")),
                rs.getString("email"), rs.getString("phone"));
    }
}
