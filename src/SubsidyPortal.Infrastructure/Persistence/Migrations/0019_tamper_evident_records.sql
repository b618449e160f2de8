-- 0019 Tamper-evident records (issue 14, point 4). Three chains — the application trail, the money trail and the
-- entries of public notices — in which every line holds the hash of the line before it: sha256(prev_hash || payload),
-- the payload being the line's own columns as canonical JSON (a fixed list per chain, timestamps in UTC, so a column
-- added later does not change an old line's hash). The database computes it on insert, under one lock for all three
-- chains (a save writing two chains cannot deadlock with one writing them the other way round). A daily digest of each
-- chain's head is kept and published; `verify-audit` walks the chains and names the first line that does not match.
-- A published list is what it was: its entries are now written once at publication (public_notice_entries), not read
-- back from applications that may since have changed.

CREATE TABLE public_notice_entries (
    id uuid NOT NULL,
    notice_id uuid NOT NULL,
    application_id uuid NOT NULL,
    reference_number character varying(40) NOT NULL,
    enterprise_name character varying(200) NOT NULL,
    project_name character varying(200) NOT NULL,
    clause_id character varying(100) NOT NULL,
    amount numeric(18,2),
    listed_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_public_notice_entries" PRIMARY KEY (id),
    CONSTRAINT "FK_public_notice_entries_public_notices_notice_id" FOREIGN KEY (notice_id) REFERENCES public_notices (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_public_notice_entries_applications_application_id" FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE RESTRICT,
    CONSTRAINT uq_public_notice_entries_notice_application UNIQUE (notice_id, application_id)
);

CREATE INDEX "IX_public_notice_entries_application_id" ON public_notice_entries (application_id);

CREATE TABLE audit_digests (
    day date NOT NULL,
    chain character varying(40) NOT NULL,
    chain_position bigint NOT NULL,
    line_hash bytea NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_audit_digests" PRIMARY KEY (day, chain)
);

ALTER TABLE application_events ADD COLUMN chain_position bigint, ADD COLUMN prev_hash bytea, ADD COLUMN line_hash bytea;
ALTER TABLE money_events ADD COLUMN chain_position bigint, ADD COLUMN prev_hash bytea, ADD COLUMN line_hash bytea;
ALTER TABLE public_notice_entries ADD COLUMN chain_position bigint, ADD COLUMN prev_hash bytea, ADD COLUMN line_hash bytea;

-- What a line's hash covers, per chain: its own columns, by name.
CREATE FUNCTION audit_payload(chain text, line jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_object_agg(k, line -> k) FROM unnest(CASE chain
        WHEN 'application_events' THEN ARRAY['chain_position', 'id', 'application_id', 'sequence', 'action', 'from_status', 'to_status',
            'actor_user_id', 'actor_name', 'actor_role', 'at', 'reason']
        WHEN 'money_events' THEN ARRAY['chain_position', 'id', 'subject_type', 'subject_id', 'sequence', 'action', 'amount',
            'actor_user_id', 'actor_name', 'actor_role', 'at', 'note']
        WHEN 'public_notice_entries' THEN ARRAY['chain_position', 'id', 'notice_id', 'application_id', 'reference_number', 'enterprise_name',
            'project_name', 'clause_id', 'amount', 'listed_at']
    END) AS k
$$;

CREATE FUNCTION audit_line_hash(chain text, prev bytea, line jsonb) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(prev || convert_to(audit_payload(chain, line)::text, 'UTF8'))
$$;

-- Existing lines, chained in the order they were written: the hashes are computed in one ordered pass and written with
-- one UPDATE per table (a district's year is several hundred thousand lines).
CREATE FUNCTION pg_temp.chain_existing(chain text, ordering text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r record;
    h bytea := ''::bytea;
    p bigint := 0;
    ids uuid[] := '{}';
    positions bigint[] := '{}';
    prevs bytea[] := '{}';
    hashes bytea[] := '{}';
BEGIN
    PERFORM set_config('TimeZone', 'UTC', true);
    FOR r IN EXECUTE format('SELECT to_jsonb(t) AS line, t.id FROM %I t ORDER BY %s', chain, ordering) LOOP
        p := p + 1;
        ids := ids || r.id;
        positions := positions || p;
        prevs := prevs || h;
        h := audit_line_hash(chain, h, r.line || jsonb_build_object('chain_position', p));
        hashes := hashes || h;
    END LOOP;
    EXECUTE format('ALTER TABLE %I DISABLE TRIGGER %I', chain, chain || '_append_only');
    EXECUTE format('UPDATE %I t SET chain_position = x.p, prev_hash = x.prev, line_hash = x.h FROM unnest($1, $2, $3, $4) AS x(id, p, prev, h) WHERE t.id = x.id', chain)
        USING ids, positions, prevs, hashes;
    EXECUTE format('ALTER TABLE %I ENABLE TRIGGER %I', chain, chain || '_append_only');
END;
$$;

SELECT pg_temp.chain_existing('application_events', 'at, application_id, sequence');
SELECT pg_temp.chain_existing('money_events', 'at, subject_id, sequence');

-- Every new line is chained as it is written.
CREATE FUNCTION chain_audit_line() RETURNS trigger LANGUAGE plpgsql SET "TimeZone" = 'UTC' AS $$
DECLARE
    last_position bigint;
    last_hash bytea;
BEGIN
    PERFORM pg_advisory_xact_lock(70130, 19);
    EXECUTE format('SELECT chain_position, line_hash FROM %I ORDER BY chain_position DESC NULLS LAST LIMIT 1', TG_TABLE_NAME) INTO last_position, last_hash;
    NEW.chain_position := coalesce(last_position, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, ''::bytea);
    NEW.line_hash := audit_line_hash(TG_TABLE_NAME, NEW.prev_hash, to_jsonb(NEW));
    RETURN NEW;
END;
$$;

CREATE UNIQUE INDEX ix_application_events_chain ON application_events (chain_position);
CREATE UNIQUE INDEX ix_money_events_chain ON money_events (chain_position);
CREATE UNIQUE INDEX ix_public_notice_entries_chain ON public_notice_entries (chain_position);

CREATE TRIGGER application_events_chain BEFORE INSERT ON application_events FOR EACH ROW EXECUTE FUNCTION chain_audit_line();
CREATE TRIGGER money_events_chain BEFORE INSERT ON money_events FOR EACH ROW EXECUTE FUNCTION chain_audit_line();
CREATE TRIGGER public_notice_entries_chain BEFORE INSERT ON public_notice_entries FOR EACH ROW EXECUTE FUNCTION chain_audit_line();

-- Notices published before: their entries as the applications read now (the best record there is).
INSERT INTO public_notice_entries (id, notice_id, application_id, reference_number, enterprise_name, project_name, clause_id, amount, listed_at)
SELECT gen_random_uuid(), a.notice_id, a.id, a.reference_number, e.name, a.project_name, a.clause_id, a.approved_amount, n.published_at
FROM applications a JOIN enterprises e ON e.id = a.enterprise_id JOIN public_notices n ON n.id = a.notice_id
ORDER BY n.published_at, n.id, e.name, a.reference_number;

ALTER TABLE application_events ALTER COLUMN chain_position SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN line_hash SET NOT NULL;
ALTER TABLE money_events ALTER COLUMN chain_position SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN line_hash SET NOT NULL;
ALTER TABLE public_notice_entries ALTER COLUMN chain_position SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN line_hash SET NOT NULL;

CREATE TRIGGER public_notice_entries_append_only BEFORE UPDATE OR DELETE ON public_notice_entries
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();
CREATE TRIGGER audit_digests_append_only BEFORE UPDATE OR DELETE ON audit_digests
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();

-- The first line of a chain that does not match: a position missing, a previous hash that is not the line before's, or
-- content that no longer gives its hash. Null when the chain holds.
CREATE FUNCTION audit_first_break(chain text) RETURNS TABLE (chain_position bigint, line_id uuid, problem text)
LANGUAGE plpgsql STABLE SET "TimeZone" = 'UTC' AS $$
BEGIN
    RETURN QUERY EXECUTE format($q$
        SELECT x.chain_position, x.id, x.problem FROM (
            SELECT t.chain_position, t.id,
                CASE
                    WHEN t.chain_position <> row_number() OVER w THEN 'missing-line'
                    WHEN t.prev_hash <> coalesce(lag(t.line_hash) OVER w, ''::bytea) THEN 'previous-hash'
                    WHEN t.line_hash <> audit_line_hash(%L, t.prev_hash, to_jsonb(t)) THEN 'content'
                END AS problem
            FROM %I t WINDOW w AS (ORDER BY t.chain_position)) x
        WHERE x.problem IS NOT NULL ORDER BY x.chain_position LIMIT 1 $q$, chain, chain);
END;
$$;
