-- Two things were called "programme": the accreditation programmes whose manuals the body publishes (law
-- enforcement, communications, academies, campus security) and the funded programmes that take agencies to
-- accreditation (funded_programme). The first now says what it is; columns named "programme" keep holding
-- an accreditation programme's code.
alter table programme rename to accreditation_programme;
alter table accreditation_programme rename constraint programme_pkey to accreditation_programme_pkey;
comment on table accreditation_programme is 'Accreditation programmes (law enforcement, communications, training academy, campus security); not the funded programmes of funded_programme.';
