-- 专家评审截止: the last day the committee asks its experts to finish (set when a call is opened; calls opened
-- before this have none). It falls after the call closes.
ALTER TABLE calls ADD COLUMN review_due_on date;
ALTER TABLE calls ADD CONSTRAINT ck_calls_review_due_on CHECK (review_due_on IS NULL OR review_due_on > closes_on);
