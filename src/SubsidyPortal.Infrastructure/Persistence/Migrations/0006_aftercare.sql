-- 0006 after the award (金科〔2025〕25 号 关于项目管理有关要求 二、三): change requests (项目变更) that need the committee's
-- written decision, and the progress reports (项目进展和资金使用情况) an award's recipient owes on a schedule.
-- Drafted from the EF model (`print-model-sql`) and reviewed by hand; the CHECK constraints are the database's own guard
-- behind the domain's: a decided request has its written decision, a submitted report its figures.

CREATE TABLE change_requests (
    id uuid NOT NULL,
    award_id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    description character varying(1000) NOT NULL,
    planned_total_investment numeric(18,2),
    new_total_investment numeric(18,2),
    structure_change_percent numeric(5,2),
    filed_by_user_id uuid,
    filed_by_name character varying(100) NOT NULL,
    filed_at timestamp with time zone NOT NULL,
    decision character varying(1000),
    decided_by_user_id uuid,
    decided_by_name character varying(100),
    decided_at timestamp with time zone,
    CONSTRAINT "PK_change_requests" PRIMARY KEY (id),
    CONSTRAINT "FK_change_requests_awards_award_id" FOREIGN KEY (award_id) REFERENCES awards (id) ON DELETE RESTRICT,
    CONSTRAINT ck_change_requests_kind CHECK (kind IN ('LegalEntity', 'PlaceOrPeriod', 'Content', 'Investment')),
    CONSTRAINT ck_change_requests_status CHECK (status IN ('Pending', 'Approved', 'Refused')),
    CONSTRAINT ck_change_requests_decided CHECK ((status = 'Pending') = (decision IS NULL AND decided_at IS NULL)),
    CONSTRAINT ck_change_requests_investment CHECK (
        (kind = 'Investment') = (planned_total_investment IS NOT NULL AND new_total_investment IS NOT NULL AND structure_change_percent IS NOT NULL)),
    CONSTRAINT ck_change_requests_structure CHECK (structure_change_percent IS NULL OR structure_change_percent BETWEEN 0 AND 100)
);

CREATE TABLE progress_reports (
    id uuid NOT NULL,
    award_id uuid NOT NULL,
    sequence integer NOT NULL,
    due_on date NOT NULL,
    status character varying(20) NOT NULL,
    progress character varying(2000),
    funds_used numeric(18,2),
    percent_complete integer,
    submitted_at timestamp with time zone,
    submitted_by_name character varying(100),
    review_note character varying(1000),
    reviewed_at timestamp with time zone,
    reviewed_by_name character varying(100),
    CONSTRAINT "PK_progress_reports" PRIMARY KEY (id),
    CONSTRAINT "FK_progress_reports_awards_award_id" FOREIGN KEY (award_id) REFERENCES awards (id) ON DELETE RESTRICT,
    CONSTRAINT ck_progress_reports_status CHECK (status IN ('Due', 'Submitted', 'Reviewed', 'Superseded')),
    CONSTRAINT ck_progress_reports_submitted CHECK (
        (status IN ('Submitted', 'Reviewed')) = (submitted_at IS NOT NULL AND progress IS NOT NULL AND funds_used IS NOT NULL AND percent_complete IS NOT NULL)),
    CONSTRAINT ck_progress_reports_reviewed CHECK ((status = 'Reviewed') = (reviewed_at IS NOT NULL AND review_note IS NOT NULL)),
    CONSTRAINT ck_progress_reports_figures CHECK ((funds_used IS NULL OR funds_used >= 0) AND (percent_complete IS NULL OR percent_complete BETWEEN 0 AND 100))
);

-- One pending request per award and kind, even when two are filed at once.
CREATE UNIQUE INDEX "IX_change_requests_award_id_kind" ON change_requests (award_id, kind) WHERE status = 'Pending';

CREATE INDEX "IX_change_requests_status" ON change_requests (status);

CREATE UNIQUE INDEX "IX_progress_reports_award_id_sequence" ON progress_reports (award_id, sequence);

CREATE INDEX "IX_progress_reports_status_due_on" ON progress_reports (status, due_on);
