-- 0003 working-day calendar (工作日): the State Council's public holidays and make-up working days (调休上班),
-- one row per date, and per year whether its schedule has been entered in full. The official 2024–2026 schedules
-- are reference data seeded by PortalSeeder, not inserted here.

CREATE TABLE calendar_days (
    date date NOT NULL,
    kind character varying(20) NOT NULL,
    name_zh character varying(50) NOT NULL,
    source character varying(200) NOT NULL,
    CONSTRAINT "PK_calendar_days" PRIMARY KEY (date)
);

CREATE TABLE calendar_years (
    year integer NOT NULL,
    maintained boolean NOT NULL,
    source character varying(200),
    maintained_by character varying(256),
    maintained_at timestamp with time zone,
    CONSTRAINT "PK_calendar_years" PRIMARY KEY (year)
);
