package org.acredita.standards;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The function vocabulary shared by standards (applicability) and agency profiles. */
@Service
public class AgencyFunctions {

    private final JdbcClient jdbc;

    AgencyFunctions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<AgencyFunction> all() {
        return jdbc.sql("select code, name_es, name_en from agency_function order by position")
                .query((rs, row) -> new AgencyFunction(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
