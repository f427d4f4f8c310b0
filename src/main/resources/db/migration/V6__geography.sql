-- Mexico's geography as INEGI codes it: the 32 federal entities (shipped with the product, they change
-- by constitutional reform only) and the municipalities (imported by an administrator from INEGI's
-- catalogue, since new ones are created every few years). Public reference data: no agency owns a row,
-- so there is no row-level security; V1's default privileges grant the application role its access.

create table mexican_state (
    code         char(2) primary key check (code ~ '^(0[1-9]|[12][0-9]|3[0-2])$'),
    name         text not null unique check (length(name) between 2 and 100),
    abbreviation text not null check (length(abbreviation) between 2 and 10)
);

-- INEGI's official names and abbreviations (Marco Geoestadístico, 2020 census).
insert into mexican_state (code, name, abbreviation) values
    ('01', 'Aguascalientes', 'Ags.'),
    ('02', 'Baja California', 'BC'),
    ('03', 'Baja California Sur', 'BCS'),
    ('04', 'Campeche', 'Camp.'),
    ('05', 'Coahuila de Zaragoza', 'Coah.'),
    ('06', 'Colima', 'Col.'),
    ('07', 'Chiapas', 'Chis.'),
    ('08', 'Chihuahua', 'Chih.'),
    ('09', 'Ciudad de México', 'CDMX'),
    ('10', 'Durango', 'Dgo.'),
    ('11', 'Guanajuato', 'Gto.'),
    ('12', 'Guerrero', 'Gro.'),
    ('13', 'Hidalgo', 'Hgo.'),
    ('14', 'Jalisco', 'Jal.'),
    ('15', 'México', 'Mex.'),
    ('16', 'Michoacán de Ocampo', 'Mich.'),
    ('17', 'Morelos', 'Mor.'),
    ('18', 'Nayarit', 'Nay.'),
    ('19', 'Nuevo León', 'NL'),
    ('20', 'Oaxaca', 'Oax.'),
    ('21', 'Puebla', 'Pue.'),
    ('22', 'Querétaro', 'Qro.'),
    ('23', 'Quintana Roo', 'Q. Roo'),
    ('24', 'San Luis Potosí', 'SLP'),
    ('25', 'Sinaloa', 'Sin.'),
    ('26', 'Sonora', 'Son.'),
    ('27', 'Tabasco', 'Tab.'),
    ('28', 'Tamaulipas', 'Tamps.'),
    ('29', 'Tlaxcala', 'Tlax.'),
    ('30', 'Veracruz de Ignacio de la Llave', 'Ver.'),
    ('31', 'Yucatán', 'Yuc.'),
    ('32', 'Zacatecas', 'Zac.');

-- code is INEGI's CVEGEO: the state's two digits followed by the municipality's three.
create table municipality (
    code        char(5) primary key check (code ~ '^[0-9]{5}$'),
    state_code  char(2) not null references mexican_state (code),
    name        text not null check (length(btrim(name)) between 1 and 150),
    population  integer check (population >= 0),
    imported_at timestamptz not null default now(),
    check (substr(code, 1, 2) = state_code)
);
create index municipality_state_name on municipality (state_code, name);
