-- 0024 Claw-backs gain instalment plans (分期缴回) and write-off (核销) approved by a second finance user (issue 14, point 6).
ALTER TABLE clawbacks
    ADD COLUMN amount_written_off numeric(18,2) NOT NULL DEFAULT 0,
    ADD COLUMN plan_number integer NOT NULL DEFAULT 0,
    ADD COLUMN plan_baseline numeric(18,2) NOT NULL DEFAULT 0,
    ADD COLUMN write_off_amount numeric(18,2),
    ADD COLUMN write_off_reason character varying(500),
    ADD COLUMN write_off_proposed_by uuid,
    ADD COLUMN write_off_proposed_by_name character varying(100),
    ADD COLUMN write_off_proposed_at timestamp with time zone;

-- Defaults only fill the rows that exist; new rows get their values from the portal.
ALTER TABLE clawbacks ALTER COLUMN amount_written_off DROP DEFAULT,
    ALTER COLUMN plan_number DROP DEFAULT,
    ALTER COLUMN plan_baseline DROP DEFAULT;

-- Recovered and written off together never exceed what was due; a pending write-off asks for a positive sum.
ALTER TABLE clawbacks DROP CONSTRAINT ck_clawbacks_amounts;
ALTER TABLE clawbacks ADD CONSTRAINT ck_clawbacks_amounts CHECK (amount_due > 0 AND amount_recovered >= 0 AND amount_written_off >= 0
    AND amount_recovered + amount_written_off <= amount_due AND (write_off_amount IS NULL OR write_off_amount > 0));

CREATE TABLE clawback_instalments (
    id uuid NOT NULL,
    clawback_id uuid NOT NULL,
    plan_number integer NOT NULL,
    sequence integer NOT NULL,
    due_on date NOT NULL,
    amount numeric(18,2) NOT NULL,
    CONSTRAINT "PK_clawback_instalments" PRIMARY KEY (id),
    CONSTRAINT "FK_clawback_instalments_clawbacks_clawback_id" FOREIGN KEY (clawback_id) REFERENCES clawbacks (id) ON DELETE CASCADE,
    CONSTRAINT ck_clawback_instalments_amount CHECK (amount > 0)
);

CREATE UNIQUE INDEX "IX_clawback_instalments_clawback_id_plan_number_sequence" ON clawback_instalments (clawback_id, plan_number, sequence);

-- An agreed plan is kept as agreed: a new plan adds rows, never rewrites them.
CREATE TRIGGER clawback_instalments_append_only
    BEFORE UPDATE OR DELETE ON clawback_instalments
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();
