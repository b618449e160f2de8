-- 0021 A verifiable expert draw (issue 14, point 3). Each draw is recorded: the seed's SHA-256 and the pool snapshot are
-- saved before the draw, the seed and the experts drawn after it, so `replay-draw` can re-run any past draw. Experts
-- declare affiliations, former employers and shareholdings, which the draw checks as conflicts of interest. Assignments
-- name the draw that made them (null for those made before).

CREATE TABLE expert_relationships (
    id uuid NOT NULL,
    expert_id uuid NOT NULL,
    kind character varying(20) NOT NULL CHECK (kind IN ('Affiliation', 'FormerEmployer', 'Shareholding')),
    organisation_name character varying(200) NOT NULL,
    organisation_uscc character varying(18),
    ended_on date,
    declared_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_expert_relationships" PRIMARY KEY (id),
    CONSTRAINT "FK_expert_relationships_experts_expert_id" FOREIGN KEY (expert_id) REFERENCES experts (id) ON DELETE CASCADE,
    CONSTRAINT ck_expert_relationships_ended_on CHECK ((kind = 'FormerEmployer') = (ended_on IS NOT NULL))
);

CREATE INDEX "IX_expert_relationships_expert_id" ON expert_relationships (expert_id);

CREATE TABLE expert_draws (
    id uuid NOT NULL,
    application_id uuid NOT NULL,
    purpose character varying(20) NOT NULL CHECK (purpose IN ('Panel', 'Replacement')),
    specialty character varying(100) NOT NULL,
    count integer NOT NULL CHECK (count >= 1),
    algorithm character varying(40) NOT NULL,
    pool uuid[] NOT NULL,
    exclusions jsonb NOT NULL,
    other_specialty integer NOT NULL,
    seed_hash bytea NOT NULL CHECK (length(seed_hash) = 32),
    pool_digest bytea NOT NULL CHECK (length(pool_digest) = 32),
    committed_at timestamp with time zone NOT NULL,
    committed_by uuid,
    committed_by_name character varying(100) NOT NULL,
    outcome character varying(20) NOT NULL CHECK (outcome IN ('Committed', 'Drawn', 'Abandoned')),
    seed bytea,
    revealed_at timestamp with time zone,
    drawn uuid[] NOT NULL,
    abandoned_reason character varying(500),
    CONSTRAINT "PK_expert_draws" PRIMARY KEY (id),
    CONSTRAINT "FK_expert_draws_applications_application_id" FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE RESTRICT,
    -- A revealed seed is never withdrawn or replaced, and a commitment never changes.
    CONSTRAINT ck_expert_draws_revealed CHECK ((outcome = 'Committed') = (seed IS NULL))
);

CREATE INDEX "IX_expert_draws_application_id" ON expert_draws (application_id);

-- Once committed, the commitment and the snapshot stay as they were; once revealed, the whole row does.
CREATE FUNCTION refuse_expert_draw_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.outcome <> 'Committed'
        OR NEW.seed_hash <> OLD.seed_hash OR NEW.pool_digest <> OLD.pool_digest OR NEW.pool <> OLD.pool
        OR NEW.exclusions <> OLD.exclusions OR NEW.count <> OLD.count OR NEW.committed_at <> OLD.committed_at THEN
        RAISE EXCEPTION 'expert draw % is on the record and cannot be changed', OLD.id USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER expert_draws_keep_record BEFORE UPDATE OR DELETE ON expert_draws
    FOR EACH ROW EXECUTE FUNCTION refuse_expert_draw_change();

ALTER TABLE expert_assignments ADD COLUMN draw_id uuid;
ALTER TABLE expert_assignments ADD CONSTRAINT "FK_expert_assignments_expert_draws_draw_id" FOREIGN KEY (draw_id) REFERENCES expert_draws (id) ON DELETE RESTRICT;
CREATE INDEX "IX_expert_assignments_draw_id" ON expert_assignments (draw_id);
