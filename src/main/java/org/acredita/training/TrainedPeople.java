package org.acredita.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Who of an agency is trained, course by course ("the accreditation manager has taken the managers' course"). */
public record TrainedPeople(UUID agencyId, String agencyName, List<Course> courses) {

    public TrainedPeople {
        courses = List.copyOf(courses);
    }

    /** One event the agency's people attended, with them. */
    public record Course(UUID eventId, String topic, EventFormat format, List<Audience> audiences, LocalDate heldOn,
            List<Person> people) {

        public Course {
            audiences = List.copyOf(audiences);
            people = List.copyOf(people);
        }
    }

    /** A person trained, with the hours attended and the attendance for the certificate. */
    public record Person(UUID attendanceId, String fullName, String position, BigDecimal hours) {
    }
}
