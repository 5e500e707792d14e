-- One burst of src/bench/sla-bench: the :due clocks of open tickets with a team after the first :from
-- of bench_sla_pick (each burst takes the next rows, so that no clock escalates twice), made due now
-- in one statement (sla/SlaBench.java binds :from and :due and times from its commit).
-- The sweeper derives the ladder from the clock itself (started_at, pauses, target, warning percent
-- on the calendar), not from warn_at, so the rows also get a start and target that put them past the
-- warning and far from the breach: started three days ago (about 24 working hours on office-jakarta,
-- a working week of Monday to Friday), target 1,000,000 working seconds,
-- warning at 1 % (10,000 s). Each row therefore escalates exactly once (level 1, the warning),
-- whatever the day and hour of the run.
UPDATE ticket_sla s
SET next_at = now(), warn_at = now(), level = 0, reminders = 0, acknowledged_at = NULL,
    met_at = NULL, stopped_at = NULL, pauses = '[]'::jsonb,
    started_at = now() - interval '3 days', target_seconds = 1000000, warn_percent = 1,
    due_at = now() + interval '60 days'
FROM bench_sla_pick p
WHERE p.ticket_id = s.ticket_id AND p.target = s.target
  AND p.rn > :from AND p.rn <= :from + :due;
