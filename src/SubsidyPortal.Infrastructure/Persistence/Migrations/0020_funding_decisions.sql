-- 0020 The committee's choice of budget scenario, recorded with the proposal it made (issue 14, point 5). Append-only.
CREATE TABLE funding_decisions (
    id uuid NOT NULL,
    call_id uuid NOT NULL,
    scenario character varying(20) NOT NULL CHECK (scenario IN ('ScoreOrder', 'ProRata', 'FlatPercent')),
    percent numeric(5,2),
    budget numeric(18,2) NOT NULL,
    proposed integer NOT NULL,
    total numeric(18,2) NOT NULL,
    decided_by uuid,
    decided_by_name character varying(100) NOT NULL,
    decided_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_funding_decisions" PRIMARY KEY (id),
    CONSTRAINT "FK_funding_decisions_calls_call_id" FOREIGN KEY (call_id) REFERENCES calls (id) ON DELETE RESTRICT
);

CREATE INDEX "IX_funding_decisions_call_id" ON funding_decisions (call_id);

CREATE TRIGGER funding_decisions_append_only BEFORE UPDATE OR DELETE ON funding_decisions
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();
