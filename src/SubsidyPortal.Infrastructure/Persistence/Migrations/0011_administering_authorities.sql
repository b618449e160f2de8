-- Administering authorities (主管部门). Committee, finance and expert accounts are bound to one or more authorities
-- and see only their programmes; a disbursement batch pays one authority's money. The authorities and which policy
-- each administers are fixed in code (AdministeringAuthorities); the ids here are theirs.
ALTER TABLE "AspNetUsers" ADD COLUMN "AuthorityIds" text[] NOT NULL DEFAULT '{}';

-- Accounts that existed before authorities saw every programme; they keep that until an administrator narrows it.
UPDATE "AspNetUsers" u SET "AuthorityIds" = ARRAY['changning-stc', 'jinshan-stc', 'dalinghaowan-office']
WHERE EXISTS (
    SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
    WHERE ur."UserId" = u."Id" AND r."Name" IN ('CommitteeStaff', 'FinanceStaff', 'Expert'));

ALTER TABLE disbursement_batches ADD COLUMN authority_id character varying(40);
UPDATE disbursement_batches b SET authority_id = CASE
    (SELECT min(l.policy_id) FROM disbursement_lines l WHERE l.batch_id = b.id)
    WHEN 'changning-2024' THEN 'changning-stc'
    WHEN 'jinshan-2025' THEN 'jinshan-stc'
    WHEN 'dalinghaowan-2024' THEN 'dalinghaowan-office'
END;
ALTER TABLE disbursement_batches ALTER COLUMN authority_id SET NOT NULL;
CREATE INDEX "IX_disbursement_batches_authority_id" ON disbursement_batches (authority_id);
