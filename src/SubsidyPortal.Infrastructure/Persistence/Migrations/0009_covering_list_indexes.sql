-- The committee's home and lists, and a town's filings, at a district's size (docs/performance.md): each stage's
-- oldest five come straight from one index in order (the tie-break on the reference number is in the index, so
-- the planner no longer walks every application by date and filters on the state), and each stage's count,
-- the ranking's per-call counts and the experts-to-draw check read the index alone, not 10,000 table pages.
DROP INDEX "IX_applications_status_status_changed_at";
CREATE INDEX "IX_applications_status_status_changed_at_reference_number"
    ON applications (status, status_changed_at, reference_number) INCLUDE (id, call_id, aggregated_score);

-- A town's filings: the waiting ones in order from the first index; all of the town's counted from the second.
CREATE INDEX "IX_applications_town_or_park_id_status_submitted_at_id" ON applications (town_or_park_id, status, submitted_at, id);
DROP INDEX "IX_applications_town_or_park_id_submitted_at";
CREATE INDEX "IX_applications_town_or_park_id_submitted_at" ON applications (town_or_park_id, submitted_at) INCLUDE (status);
