-- 0004 money: awards (立项 and 免申即享) with their payment schedules (分期拨付), disbursement batches (拨付批次)
-- with maker-checker, the payment ledger, claw-backs (收回已拨付资金) and the money audit trail.
-- Drafted from the EF model (`print-model-sql`) and reviewed by hand; SchemaMatchesModelTests proves it. The CHECK
-- constraints and triggers below are the database's own guard behind the code's: no second payment of a tranche,
-- no rewriting of a payment or an audit line.

CREATE TABLE awards (
    id uuid NOT NULL,
    award_number character varying(40) NOT NULL,
    source character varying(30) NOT NULL,
    source_key character varying(200) NOT NULL,
    application_id uuid,
    call_id uuid,
    entitlement_import_id uuid,
    policy_id character varying(40) NOT NULL,
    clause_id character varying(100) NOT NULL,
    enterprise_id uuid NOT NULL,
    town_or_park_id uuid,
    recipient_name character varying(200) NOT NULL,
    uscc character varying(18) NOT NULL,
    project_name character varying(200) NOT NULL,
    amount numeric(18,2) NOT NULL,
    awarded_on date NOT NULL,
    year integer NOT NULL,
    status character varying(20) NOT NULL,
    bank_account_name character varying(200),
    bank_name character varying(200),
    bank_account_number character varying(30),
    bank_account_confirmed_at timestamp with time zone,
    revocation_ground character varying(40),
    revocation_note character varying(1000),
    revoked_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    history_count integer NOT NULL,
    CONSTRAINT "PK_awards" PRIMARY KEY (id),
    CONSTRAINT "FK_awards_applications_application_id" FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_awards_enterprises_enterprise_id" FOREIGN KEY (enterprise_id) REFERENCES enterprises (id) ON DELETE RESTRICT,
    CONSTRAINT ck_awards_amount CHECK (amount > 0),
    CONSTRAINT ck_awards_status CHECK (status IN ('Active', 'Completed', 'Revoked'))
);

CREATE TABLE award_tranches (
    id uuid NOT NULL,
    award_id uuid NOT NULL,
    sequence integer NOT NULL,
    label character varying(100) NOT NULL,
    amount numeric(18,2) NOT NULL,
    due_on date NOT NULL,
    condition character varying(300) NOT NULL,
    status character varying(20) NOT NULL,
    batch_id uuid,
    paid_on date,
    payment_reference character varying(60),
    released_at timestamp with time zone,
    CONSTRAINT "PK_award_tranches" PRIMARY KEY (id),
    CONSTRAINT "FK_award_tranches_awards_award_id" FOREIGN KEY (award_id) REFERENCES awards (id) ON DELETE CASCADE,
    CONSTRAINT ck_award_tranches_amount CHECK (amount >= 0),
    CONSTRAINT ck_award_tranches_status CHECK (status IN ('Scheduled', 'Payable', 'InBatch', 'Paid', 'Stopped')),
    CONSTRAINT ck_award_tranches_paid CHECK ((status = 'Paid') = (paid_on IS NOT NULL AND payment_reference IS NOT NULL))
);

CREATE TABLE money_events (
    id uuid NOT NULL,
    subject_type character varying(30) NOT NULL,
    subject_id uuid NOT NULL,
    sequence integer NOT NULL,
    action character varying(40) NOT NULL,
    amount numeric(18,2),
    actor_user_id uuid,
    actor_name character varying(100) NOT NULL,
    actor_role character varying(30) NOT NULL,
    at timestamp with time zone NOT NULL,
    note character varying(1000),
    CONSTRAINT "PK_money_events" PRIMARY KEY (id)
);

CREATE TABLE disbursement_batches (
    id uuid NOT NULL,
    batch_number character varying(40) NOT NULL,
    description character varying(300) NOT NULL,
    status character varying(20) NOT NULL,
    maker_user_id uuid NOT NULL,
    maker_name character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    checker_user_id uuid,
    checker_name character varying(100),
    approved_at timestamp with time zone,
    first_exported_at timestamp with time zone,
    history_count integer NOT NULL,
    CONSTRAINT "PK_disbursement_batches" PRIMARY KEY (id)
);

CREATE TABLE disbursement_lines (
    id uuid NOT NULL,
    batch_id uuid NOT NULL,
    line_number integer NOT NULL,
    award_id uuid NOT NULL,
    award_number character varying(40) NOT NULL,
    tranche_id uuid NOT NULL,
    tranche_label character varying(100) NOT NULL,
    enterprise_id uuid NOT NULL,
    recipient_name character varying(200) NOT NULL,
    uscc character varying(18) NOT NULL,
    project_name character varying(200) NOT NULL,
    clause_id character varying(100) NOT NULL,
    policy_id character varying(40) NOT NULL,
    bank_account_name character varying(200) NOT NULL,
    bank_name character varying(200) NOT NULL,
    bank_account_number character varying(30) NOT NULL,
    amount numeric(18,2) NOT NULL,
    status character varying(20) NOT NULL,
    payment_reference character varying(60),
    paid_on date,
    paid_at timestamp with time zone,
    paid_by_user_id uuid,
    CONSTRAINT "PK_disbursement_lines" PRIMARY KEY (id),
    CONSTRAINT "FK_disbursement_lines_award_tranches_tranche_id" FOREIGN KEY (tranche_id) REFERENCES award_tranches (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_disbursement_lines_awards_award_id" FOREIGN KEY (award_id) REFERENCES awards (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_disbursement_lines_disbursement_batches_batch_id" FOREIGN KEY (batch_id) REFERENCES disbursement_batches (id) ON DELETE CASCADE,
    CONSTRAINT ck_disbursement_lines_amount CHECK (amount >= 0),
    CONSTRAINT ck_disbursement_lines_paid CHECK ((status = 'Paid') = (paid_on IS NOT NULL AND payment_reference IS NOT NULL))
);

CREATE TABLE payments (
    tranche_id uuid NOT NULL,
    award_id uuid NOT NULL,
    batch_id uuid NOT NULL,
    line_id uuid NOT NULL,
    amount numeric(18,2) NOT NULL,
    reference character varying(60) NOT NULL,
    paid_on date NOT NULL,
    recorded_by_user_id uuid,
    recorded_by_name character varying(100) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_payments" PRIMARY KEY (tranche_id),
    CONSTRAINT "FK_payments_award_tranches_tranche_id" FOREIGN KEY (tranche_id) REFERENCES award_tranches (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_payments_disbursement_batches_batch_id" FOREIGN KEY (batch_id) REFERENCES disbursement_batches (id) ON DELETE RESTRICT,
    CONSTRAINT ck_payments_amount CHECK (amount >= 0)
);

CREATE TABLE clawbacks (
    id uuid NOT NULL,
    award_id uuid NOT NULL,
    award_number character varying(40) NOT NULL,
    enterprise_id uuid NOT NULL,
    recipient_name character varying(200) NOT NULL,
    amount_due numeric(18,2) NOT NULL,
    amount_recovered numeric(18,2) NOT NULL,
    status character varying(20) NOT NULL,
    opened_at timestamp with time zone NOT NULL,
    recovered_at timestamp with time zone,
    history_count integer NOT NULL,
    CONSTRAINT "PK_clawbacks" PRIMARY KEY (id),
    CONSTRAINT "FK_clawbacks_awards_award_id" FOREIGN KEY (award_id) REFERENCES awards (id) ON DELETE RESTRICT,
    CONSTRAINT ck_clawbacks_amounts CHECK (amount_due > 0 AND amount_recovered >= 0 AND amount_recovered <= amount_due)
);

CREATE TABLE clawback_recoveries (
    id uuid NOT NULL,
    clawback_id uuid NOT NULL,
    sequence integer NOT NULL,
    amount numeric(18,2) NOT NULL,
    received_on date NOT NULL,
    reference character varying(60) NOT NULL,
    recorded_by_user_id uuid,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_clawback_recoveries" PRIMARY KEY (id),
    CONSTRAINT "FK_clawback_recoveries_clawbacks_clawback_id" FOREIGN KEY (clawback_id) REFERENCES clawbacks (id) ON DELETE CASCADE,
    CONSTRAINT ck_clawback_recoveries_amount CHECK (amount > 0)
);

CREATE UNIQUE INDEX "IX_award_tranches_award_id_sequence" ON award_tranches (award_id, sequence);

CREATE INDEX "IX_award_tranches_status" ON award_tranches (status);

CREATE INDEX "IX_awards_application_id" ON awards (application_id);

CREATE UNIQUE INDEX "IX_awards_award_number" ON awards (award_number);

CREATE INDEX "IX_awards_enterprise_id" ON awards (enterprise_id);

CREATE INDEX "IX_awards_policy_id_year_status" ON awards (policy_id, year, status);

CREATE UNIQUE INDEX "IX_awards_source_key" ON awards (source_key);

CREATE UNIQUE INDEX "IX_clawback_recoveries_clawback_id_sequence" ON clawback_recoveries (clawback_id, sequence);

CREATE UNIQUE INDEX "IX_clawbacks_award_id" ON clawbacks (award_id);

CREATE UNIQUE INDEX "IX_disbursement_batches_batch_number" ON disbursement_batches (batch_number);

CREATE INDEX "IX_disbursement_lines_award_id" ON disbursement_lines (award_id);

CREATE UNIQUE INDEX "IX_disbursement_lines_batch_id_line_number" ON disbursement_lines (batch_id, line_number);

CREATE INDEX "IX_disbursement_lines_tranche_id" ON disbursement_lines (tranche_id);

CREATE UNIQUE INDEX "IX_money_events_subject_id_sequence" ON money_events (subject_id, sequence);

CREATE INDEX "IX_payments_award_id" ON payments (award_id);

CREATE INDEX "IX_payments_batch_id" ON payments (batch_id);

CREATE UNIQUE INDEX "IX_payments_line_id" ON payments (line_id);

-- Award numbers (ZZ-2026-000001) and batch numbers (BF-2026-0001) come from sequences: never shared.
CREATE SEQUENCE award_numbers START 1;
CREATE SEQUENCE batch_numbers START 1;

-- The money trail, the payment ledger and recoveries are append-only.
CREATE FUNCTION refuse_money_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER money_events_append_only
    BEFORE UPDATE OR DELETE ON money_events
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();

CREATE TRIGGER payments_append_only
    BEFORE UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();

CREATE TRIGGER clawback_recoveries_append_only
    BEFORE UPDATE OR DELETE ON clawback_recoveries
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();

-- A paid tranche stays paid with the amount, date and reference it was paid with.
CREATE FUNCTION refuse_paid_tranche_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'Paid' AND (NEW.status <> 'Paid' OR NEW.amount <> OLD.amount OR NEW.paid_on <> OLD.paid_on
        OR NEW.payment_reference <> OLD.payment_reference) THEN
        RAISE EXCEPTION 'tranche % is paid (% refused)', OLD.id, TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER award_tranches_paid_is_final
    BEFORE UPDATE ON award_tranches
    FOR EACH ROW EXECUTE FUNCTION refuse_paid_tranche_change();

CREATE TRIGGER award_tranches_no_delete
    BEFORE DELETE ON award_tranches
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();
