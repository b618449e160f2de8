-- 0002 application lifecycle: calls (申报批次), applications with their materials and append-only audit trail,
-- department opinions, the expert pool and assignments, public notices (公示) and objections, notifications.
-- Drafted from the EF model (`print-model-sql`) and reviewed by hand; SchemaMatchesModelTests proves it.

CREATE TABLE calls (
    id uuid NOT NULL,
    policy_id character varying(40) NOT NULL,
    year integer NOT NULL,
    title_zh character varying(200) NOT NULL,
    opens_on date NOT NULL,
    closes_on date NOT NULL,
    budget numeric(18,2) NOT NULL,
    experts_per_application integer NOT NULL,
    expert_specialty character varying(50) NOT NULL,
    notice_working_days integer NOT NULL,
    rubric jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by uuid,
    clause_ids text[] NOT NULL,
    CONSTRAINT "PK_calls" PRIMARY KEY (id)
);

CREATE TABLE notifications (
    id uuid NOT NULL,
    enterprise_id uuid,
    user_id uuid,
    text_zh character varying(500) NOT NULL,
    text_en character varying(500) NOT NULL,
    link character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    CONSTRAINT "PK_notifications" PRIMARY KEY (id)
);

CREATE TABLE public_notices (
    id uuid NOT NULL,
    call_id uuid NOT NULL,
    title_zh character varying(200) NOT NULL,
    published_on date NOT NULL,
    first_day date NOT NULL,
    last_day date NOT NULL,
    working_days integer NOT NULL,
    published_at timestamp with time zone NOT NULL,
    published_by uuid,
    CONSTRAINT "PK_public_notices" PRIMARY KEY (id),
    CONSTRAINT "FK_public_notices_calls_call_id" FOREIGN KEY (call_id) REFERENCES calls (id) ON DELETE RESTRICT
);

CREATE TABLE applications (
    id uuid NOT NULL,
    reference_number character varying(40) NOT NULL,
    call_id uuid NOT NULL,
    clause_id character varying(100) NOT NULL,
    enterprise_id uuid NOT NULL,
    town_or_park_id uuid,
    project_name character varying(200) NOT NULL,
    status character varying(30) NOT NULL,
    history_count integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    submitted_at timestamp with time zone,
    integrity_pledged_at timestamp with time zone,
    facts_snapshot jsonb,
    evaluation_snapshot jsonb,
    rule_set_version character varying(20),
    evaluated_outcome character varying(20),
    evaluated_amount numeric(18,2),
    evaluated_amount_kind character varying(10),
    town_confirmed_at timestamp with time zone,
    correction_reason character varying(1000),
    correction_deadline date,
    decision_reason character varying(1000),
    aggregated_score numeric(5,2),
    approved_amount numeric(18,2),
    notice_id uuid,
    notice_last_day date,
    approved_at timestamp with time zone,
    answers jsonb NOT NULL,
    required_materials text[] NOT NULL,
    CONSTRAINT "PK_applications" PRIMARY KEY (id),
    CONSTRAINT "FK_applications_calls_call_id" FOREIGN KEY (call_id) REFERENCES calls (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_applications_enterprises_enterprise_id" FOREIGN KEY (enterprise_id) REFERENCES enterprises (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_applications_towns_or_parks_town_or_park_id" FOREIGN KEY (town_or_park_id) REFERENCES towns_or_parks (id) ON DELETE RESTRICT
);

CREATE TABLE application_events (
    id uuid NOT NULL,
    application_id uuid NOT NULL,
    sequence integer NOT NULL,
    action character varying(40) NOT NULL,
    from_status character varying(30),
    to_status character varying(30) NOT NULL,
    actor_user_id uuid,
    actor_name character varying(100) NOT NULL,
    actor_role character varying(30) NOT NULL,
    at timestamp with time zone NOT NULL,
    reason character varying(1000),
    CONSTRAINT "PK_application_events" PRIMARY KEY (id),
    CONSTRAINT "FK_application_events_applications_application_id" FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE RESTRICT
);

CREATE TABLE application_materials (
    id uuid NOT NULL,
    application_id uuid NOT NULL,
    item_index integer NOT NULL,
    item_name character varying(500) NOT NULL,
    file_id uuid NOT NULL,
    display_name character varying(255) NOT NULL,
    content_type character varying(100) NOT NULL,
    length bigint NOT NULL,
    sha256 character(64) NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_application_materials" PRIMARY KEY (id),
    CONSTRAINT "FK_application_materials_applications_application_id" FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
    CONSTRAINT "FK_application_materials_stored_files_file_id" FOREIGN KEY (file_id) REFERENCES stored_files (id) ON DELETE RESTRICT
);

CREATE TABLE department_opinions (
    id uuid NOT NULL,
    application_id uuid NOT NULL,
    department character varying(100) NOT NULL,
    opinion character varying(2000) NOT NULL,
    recorded_by uuid,
    recorded_by_name character varying(100) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_department_opinions" PRIMARY KEY (id),
    CONSTRAINT "FK_department_opinions_applications_application_id" FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE
);

CREATE TABLE objections (
    id uuid NOT NULL,
    notice_id uuid NOT NULL,
    application_id uuid NOT NULL,
    name character varying(50) NOT NULL,
    contact character varying(100) NOT NULL,
    text character varying(2000) NOT NULL,
    lodged_at timestamp with time zone NOT NULL,
    status character varying(20) NOT NULL,
    resolution character varying(2000),
    resolved_by uuid,
    resolved_at timestamp with time zone,
    CONSTRAINT "PK_objections" PRIMARY KEY (id),
    CONSTRAINT "FK_objections_applications_application_id" FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_objections_public_notices_notice_id" FOREIGN KEY (notice_id) REFERENCES public_notices (id) ON DELETE RESTRICT
);

CREATE TABLE experts (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    name character varying(50) NOT NULL,
    organisation_name character varying(200) NOT NULL,
    organisation_uscc character varying(18),
    active boolean NOT NULL,
    specialties text[] NOT NULL,
    CONSTRAINT "PK_experts" PRIMARY KEY (id),
    CONSTRAINT "FK_experts_AspNetUsers_user_id" FOREIGN KEY (user_id) REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE expert_assignments (
    id uuid NOT NULL,
    application_id uuid NOT NULL,
    expert_id uuid NOT NULL,
    assigned_at timestamp with time zone NOT NULL,
    declaration character varying(20) NOT NULL,
    declared_at timestamp with time zone,
    conflict_note character varying(500),
    scores jsonb,
    weighted_total numeric(5,2),
    submitted_at timestamp with time zone,
    CONSTRAINT "PK_expert_assignments" PRIMARY KEY (id),
    CONSTRAINT "FK_expert_assignments_applications_application_id" FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
    CONSTRAINT "FK_expert_assignments_experts_expert_id" FOREIGN KEY (expert_id) REFERENCES experts (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_application_events_application_id_sequence" ON application_events (application_id, sequence);

CREATE INDEX "IX_application_materials_application_id" ON application_materials (application_id);

CREATE INDEX "IX_application_materials_file_id" ON application_materials (file_id);

CREATE INDEX "IX_applications_call_id_status" ON applications (call_id, status);

CREATE INDEX "IX_applications_enterprise_id" ON applications (enterprise_id);

CREATE UNIQUE INDEX "IX_applications_reference_number" ON applications (reference_number);

CREATE INDEX "IX_applications_town_or_park_id" ON applications (town_or_park_id);

CREATE INDEX "IX_calls_policy_id_year" ON calls (policy_id, year);

CREATE INDEX "IX_department_opinions_application_id" ON department_opinions (application_id);

CREATE UNIQUE INDEX "IX_expert_assignments_application_id_expert_id" ON expert_assignments (application_id, expert_id);

CREATE INDEX "IX_expert_assignments_expert_id" ON expert_assignments (expert_id);

CREATE UNIQUE INDEX "IX_experts_user_id" ON experts (user_id);

CREATE INDEX "IX_notifications_enterprise_id" ON notifications (enterprise_id);

CREATE INDEX "IX_notifications_user_id" ON notifications (user_id);

CREATE INDEX "IX_objections_application_id_status" ON objections (application_id, status);

CREATE INDEX "IX_objections_notice_id" ON objections (notice_id);

CREATE INDEX "IX_public_notices_call_id" ON public_notices (call_id);

-- Reference numbers (e.g. CN-2026-000123) come from one sequence, so two filings never share a number.
CREATE SEQUENCE application_numbers START 1;

-- The audit trail is append-only: not even the portal's own account may rewrite or delete a line.
CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'application_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER application_events_append_only
    BEFORE UPDATE OR DELETE ON application_events
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
