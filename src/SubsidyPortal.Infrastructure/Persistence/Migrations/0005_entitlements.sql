-- 0005 免申即享 imports: a list the committee holds (CSV/XLSX, kept in stored_files), read for one clause and year,
-- previewed row by row and confirmed into awards. Drafted from the EF model (`print-model-sql`) and reviewed by hand;
-- SchemaMatchesModelTests proves it. The one-award-per-(clause, USCC, year) guarantee is awards.source_key's unique
-- index from 0004; rows here only say what became of each line of the file.

CREATE TABLE entitlement_imports (
    id uuid NOT NULL,
    policy_id character varying(40) NOT NULL,
    clause_id character varying(100) NOT NULL,
    year integer NOT NULL,
    reference_date date NOT NULL,
    file_name character varying(200) NOT NULL,
    sha256 character varying(64) NOT NULL,
    file_id uuid NOT NULL,
    headers jsonb NOT NULL,
    mapping jsonb NOT NULL,
    status character varying(20) NOT NULL,
    total_rows integer NOT NULL,
    processed_rows integer NOT NULL,
    eligible_rows integer NOT NULL,
    eligible_amount numeric(18,2) NOT NULL,
    granted_rows integer NOT NULL,
    granted_amount numeric(18,2) NOT NULL,
    failure_reason character varying(1000),
    created_by uuid,
    created_by_name character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    confirmed_by uuid,
    confirmed_by_name character varying(100),
    confirmed_at timestamp with time zone,
    history_count integer NOT NULL,
    CONSTRAINT "PK_entitlement_imports" PRIMARY KEY (id),
    CONSTRAINT "FK_entitlement_imports_stored_files_file_id" FOREIGN KEY (file_id) REFERENCES stored_files (id) ON DELETE RESTRICT,
    CONSTRAINT ck_entitlement_imports_status CHECK (status IN ('Uploaded', 'Previewing', 'Previewed', 'Confirming', 'Confirmed', 'Failed')),
    CONSTRAINT ck_entitlement_imports_rows CHECK (total_rows >= 0 AND processed_rows BETWEEN 0 AND total_rows)
);

CREATE TABLE entitlement_import_rows (
    id uuid NOT NULL,
    import_id uuid NOT NULL,
    row_number integer NOT NULL,
    uscc_text character varying(200) NOT NULL,
    name character varying(200),
    raw_values jsonb NOT NULL,
    enterprise_id uuid,
    enterprise_name character varying(200),
    outcome character varying(20) NOT NULL,
    amount numeric(18,2),
    reason_code character varying(100) NOT NULL,
    reason_zh character varying(500),
    reason_en character varying(500),
    award_id uuid,
    CONSTRAINT "PK_entitlement_import_rows" PRIMARY KEY (id),
    CONSTRAINT "FK_entitlement_import_rows_awards_award_id" FOREIGN KEY (award_id) REFERENCES awards (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_entitlement_import_rows_enterprises_enterprise_id" FOREIGN KEY (enterprise_id) REFERENCES enterprises (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_entitlement_import_rows_entitlement_imports_import_id" FOREIGN KEY (import_id) REFERENCES entitlement_imports (id) ON DELETE CASCADE,
    CONSTRAINT ck_entitlement_import_rows_outcome CHECK (outcome IN ('Eligible', 'UnknownEnterprise', 'InvalidUscc', 'Malformed', 'NotEligible', 'Duplicate', 'AlreadyGranted', 'Granted')),
    -- A granted row names its award; no other row does.
    CONSTRAINT ck_entitlement_import_rows_award CHECK ((outcome = 'Granted') = (award_id IS NOT NULL))
);

CREATE INDEX "IX_entitlement_import_rows_award_id" ON entitlement_import_rows (award_id);
CREATE INDEX "IX_entitlement_import_rows_enterprise_id" ON entitlement_import_rows (enterprise_id);
CREATE INDEX "IX_entitlement_import_rows_import_id_outcome" ON entitlement_import_rows (import_id, outcome);
CREATE UNIQUE INDEX "IX_entitlement_import_rows_import_id_row_number" ON entitlement_import_rows (import_id, row_number);
CREATE INDEX "IX_entitlement_imports_file_id" ON entitlement_imports (file_id);
CREATE INDEX "IX_entitlement_imports_sha256_clause_id_year" ON entitlement_imports (sha256, clause_id, year);
CREATE INDEX "IX_entitlement_imports_status" ON entitlement_imports (status);
