-- Lists at a district's size (docs/performance.md). An application's last state change becomes a column, so the
-- committee's stages sort oldest first from an index instead of reading every audit line; it is backfilled from
-- the audit trail it summarises.
ALTER TABLE applications ADD COLUMN status_changed_at timestamp with time zone;
UPDATE applications a SET status_changed_at = coalesce(
    (SELECT max(e.at) FROM application_events e WHERE e.application_id = a.id), a.updated_at);
ALTER TABLE applications ALTER COLUMN status_changed_at SET NOT NULL;

CREATE INDEX "IX_applications_status_status_changed_at" ON applications (status, status_changed_at);
CREATE INDEX "IX_applications_status_changed_at_reference_number" ON applications (status_changed_at, reference_number);

-- A public notice's lines.
CREATE INDEX "IX_applications_notice_id" ON applications (notice_id);

-- The dashboard's throughput: submissions, decisions and approvals per month.
CREATE INDEX "IX_application_events_action_at" ON application_events (action, at);

-- The committee's awards list, newest first.
CREATE INDEX "IX_awards_awarded_on_award_number" ON awards (awarded_on, award_number);

-- A town's filings, newest first (it also serves the town foreign key, so the single-column index goes).
CREATE INDEX "IX_applications_town_or_park_id_submitted_at" ON applications (town_or_park_id, submitted_at);
DROP INDEX "IX_applications_town_or_park_id";
