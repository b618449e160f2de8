-- 0014 政策找企业 (issue 13 point 7): what the prospecting job last found per enterprise and clause, the queue of
-- enterprises to match again (a profile change, or each day's sweep), and the sweep's claim per day so that one
-- instance starts it. Drafted from the EF model (`print-model-sql`); SchemaMatchesModelTests proves it.

CREATE TABLE clause_prospects (
    enterprise_id uuid NOT NULL,
    clause_id character varying(100) NOT NULL,
    policy_id character varying(40) NOT NULL,
    kind character varying(20) NOT NULL,
    amount_kind character varying(20),
    amount numeric(18,2),
    amount_basis character varying(20),
    tranches integer NOT NULL,
    total_of_tranches numeric(18,2),
    missing_facts text[] NOT NULL,
    first_found_at timestamp with time zone NOT NULL,
    evaluated_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_clause_prospects" PRIMARY KEY (enterprise_id, clause_id),
    CONSTRAINT ck_clause_prospects_missing CHECK (cardinality(missing_facts) <= 2),
    CONSTRAINT "FK_clause_prospects_enterprises_enterprise_id" FOREIGN KEY (enterprise_id) REFERENCES enterprises (id) ON DELETE CASCADE
);

CREATE INDEX "IX_clause_prospects_clause_id_first_found_at" ON clause_prospects (clause_id, first_found_at);

CREATE TABLE prospect_requests (
    id bigint GENERATED ALWAYS AS IDENTITY,
    enterprise_id uuid NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_prospect_requests" PRIMARY KEY (id)
);

CREATE TABLE prospect_sweeps (
    day date NOT NULL,
    started_at timestamp with time zone NOT NULL,
    enterprises integer NOT NULL,
    CONSTRAINT "PK_prospect_sweeps" PRIMARY KEY (day)
);
