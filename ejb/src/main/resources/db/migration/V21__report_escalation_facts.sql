-- Loket V21: the escalation report without the ticket table (issue 11, after measuring at 1 M
-- tickets: joining ~110 k escalations of a 90-day window to 1 M tickets took 1.4 s).
--  * ticket_escalation keeps the ticket's team, assignee, category, request type, priority,
--    channel and requester as they were when it escalated (a BEFORE INSERT trigger copies them from
--    the ticket, whichever code path writes the escalation): an escalation is counted against the
--    team and priority it escalated in, even if the ticket moves later.
--  * ticket_escalation.case_status mirrors the state of its managers' case (OPEN until the case is
--    recorded; a trigger on escalation_case keeps it).
--  * The report reads one index range: the window's escalations with every column it groups by.
--  * Tickets by team, for reports narrowed to a team or a lead's teams (the SLA report joins clocks
--    to tickets by it).

ALTER TABLE ticket_escalation ADD COLUMN team VARCHAR(40);
ALTER TABLE ticket_escalation ADD COLUMN assignee VARCHAR(64);
ALTER TABLE ticket_escalation ADD COLUMN category VARCHAR(40);
ALTER TABLE ticket_escalation ADD COLUMN request_type VARCHAR(40);
ALTER TABLE ticket_escalation ADD COLUMN priority VARCHAR(4);
ALTER TABLE ticket_escalation ADD COLUMN channel VARCHAR(16);
ALTER TABLE ticket_escalation ADD COLUMN requester VARCHAR(64);
ALTER TABLE ticket_escalation ADD COLUMN case_status VARCHAR(16) DEFAULT 'OPEN' NOT NULL;

UPDATE ticket_escalation e
   SET team = t.team, assignee = t.assignee, category = t.category, request_type = t.request_type,
       priority = t.priority, channel = t.channel, requester = t.requester
  FROM ticket t WHERE t.id = e.ticket_id;
UPDATE ticket_escalation e SET case_status = c.status
  FROM escalation_case c WHERE c.escalation_id = e.id AND c.status <> 'OPEN';

ALTER TABLE ticket_escalation ALTER COLUMN category SET NOT NULL;
ALTER TABLE ticket_escalation ALTER COLUMN priority SET NOT NULL;
ALTER TABLE ticket_escalation ALTER COLUMN channel SET NOT NULL;
ALTER TABLE ticket_escalation ALTER COLUMN requester SET NOT NULL;
ALTER TABLE ticket_escalation ADD CONSTRAINT ck_ticket_escalation_case_status
    CHECK (case_status IN ('OPEN', 'ACKNOWLEDGED', 'CLOSED'));

CREATE FUNCTION report_escalation_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT t.team, t.assignee, t.category, t.request_type, t.priority, t.channel, t.requester
      INTO NEW.team, NEW.assignee, NEW.category, NEW.request_type, NEW.priority, NEW.channel,
           NEW.requester
      FROM ticket t WHERE t.id = NEW.ticket_id;
    RETURN NEW;
END $$;
CREATE TRIGGER tg_report_escalation_stamp BEFORE INSERT ON ticket_escalation
    FOR EACH ROW EXECUTE FUNCTION report_escalation_stamp();

CREATE FUNCTION report_escalation_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ticket_escalation SET case_status = NEW.status
     WHERE id = NEW.escalation_id AND case_status IS DISTINCT FROM NEW.status;
    RETURN NULL;
END $$;
CREATE TRIGGER tg_report_escalation_case AFTER INSERT OR UPDATE OF status ON escalation_case
    FOR EACH ROW EXECUTE FUNCTION report_escalation_case();

DROP INDEX ix_report_escalation_at;
DROP INDEX ix_report_escalation_case;
CREATE INDEX ix_report_escalation_at ON ticket_escalation (escalated_at, id)
    INCLUDE (ticket_id, cause, level, target, team, assignee, category, request_type, priority,
             channel, requester, case_status);

CREATE INDEX ix_report_ticket_team ON ticket (team)
    INCLUDE (id, assignee, category, request_type, priority, channel);
