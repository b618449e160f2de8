-- 0017 金山 生物医药做强做优 (the four 首次突破 tiers) reads the shared yearly facts: the year's revenue is 上年度主营业务收入
-- (lastYearRevenue) and the earlier highest is highestRevenueBeforeLastYear, both settled by the profile where it can.
-- Stored answers, facts fixed at submission and 免申即享 mappings of those clauses take the new keys; values are untouched.
CREATE OR REPLACE FUNCTION pg_temp.rename_fact(doc jsonb, old_key text, new_key text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN doc ? old_key THEN (doc - old_key) || jsonb_build_object(new_key, doc -> old_key) ELSE doc END
$$;

UPDATE applications
    SET answers = pg_temp.rename_fact(pg_temp.rename_fact(answers, 'annualRevenue', 'lastYearRevenue'), 'previousHighestRevenue', 'highestRevenueBeforeLastYear'),
        facts_snapshot = pg_temp.rename_fact(pg_temp.rename_fact(facts_snapshot, 'annualRevenue', 'lastYearRevenue'), 'previousHighestRevenue', 'highestRevenueBeforeLastYear')
    WHERE clause_id LIKE 'jinshan-2025/3-1-revenue-%';
UPDATE entitlement_imports
    SET mapping = pg_temp.rename_fact(pg_temp.rename_fact(mapping, 'input:annualRevenue', 'input:lastYearRevenue'), 'input:previousHighestRevenue', 'input:highestRevenueBeforeLastYear')
    WHERE clause_id LIKE 'jinshan-2025/3-1-revenue-%';
