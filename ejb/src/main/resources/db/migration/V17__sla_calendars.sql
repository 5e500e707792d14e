-- Loket V17: business calendars stored for the SLA clock (issue 9). A calendar is a time zone and
-- its definition as administrators write it in the SLA preview: working hours per weekday,
-- holidays and half days, or round the clock (JSONB, read by id.loket.sla.control.PreviewReader).
-- A handful of rows, read whole and by code; policies that name a calendar come next.

CREATE SEQUENCE sla_calendar_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sla_calendar (
    id         BIGINT                   NOT NULL,
    code       VARCHAR(40)              NOT NULL,
    name       VARCHAR(120)             NOT NULL,
    definition JSONB                    NOT NULL,
    updated_by VARCHAR(64)              NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT pk_sla_calendar PRIMARY KEY (id),
    CONSTRAINT uq_sla_calendar_code UNIQUE (code),
    CONSTRAINT ck_sla_calendar_code CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    CONSTRAINT ck_sla_calendar_name CHECK (length(btrim(name)) > 0),
    CONSTRAINT ck_sla_calendar_zone CHECK (jsonb_typeof(definition -> 'zone') = 'string')
);

INSERT INTO sla_calendar (id, code, name, definition, updated_by, updated_at, version)
VALUES (nextval('sla_calendar_seq'), 'office-jakarta', 'Jakarta office hours',
        '{"zone": "Asia/Jakarta",
          "week": {"MONDAY": [["08:00","12:00"],["13:00","17:00"]],
                   "TUESDAY": [["08:00","12:00"],["13:00","17:00"]],
                   "WEDNESDAY": [["08:00","12:00"],["13:00","17:00"]],
                   "THURSDAY": [["08:00","12:00"],["13:00","17:00"]],
                   "FRIDAY": [["08:00","12:00"],["13:00","17:00"]]},
          "holidays": ["2026-12-25", {"date": "2026-12-24", "hours": [["08:00","12:00"]]}, "2027-01-01"]}',
        'system', now(), 0),
       (nextval('sla_calendar_seq'), 'round-the-clock', 'Round the clock (24×7)',
        '{"zone": "Asia/Jakarta", "twentyFourSeven": true}', 'system', now(), 0);
