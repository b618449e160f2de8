-- 0013 One fact, one key: 大零号湾 （九）'s R&D voucher for Tech SMEs asked "isTechSme", the same fact 长宁 第 11 条 and
-- the profile call "techSme". Stored answers, facts fixed at submission and 免申即享 mappings of that clause take the
-- shared key; values are untouched. (0012 made the same session function: it is replaced, not created twice.)
CREATE OR REPLACE FUNCTION pg_temp.rename_fact(doc jsonb, old_key text, new_key text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN doc ? old_key THEN (doc - old_key) || jsonb_build_object(new_key, doc -> old_key) ELSE doc END
$$;

UPDATE applications SET answers = pg_temp.rename_fact(answers, 'isTechSme', 'techSme'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'isTechSme', 'techSme')
    WHERE clause_id = 'dalinghaowan-2024/09-rd-voucher-tech-sme' AND (answers ? 'isTechSme' OR facts_snapshot ? 'isTechSme');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:isTechSme', 'input:techSme')
    WHERE clause_id = 'dalinghaowan-2024/09-rd-voucher-tech-sme' AND mapping ? 'input:isTechSme';
