-- 0022 Issued documents (issue 14, point 2): 申报书, 受理回执, 立项通知书, 拨付通知 and 追回通知书 as PDF, each with its
-- 验证码 (unique), the SHA-256 of its canonical content (printed on the page) and of the file (checked on /verify),
-- the bytes as issued, and the public summary the verification page shows. One per (kind, subject, edition);
-- append-only, like the money records.
CREATE TABLE issued_documents (
    id uuid NOT NULL,
    code character varying(14) NOT NULL,
    kind character varying(30) NOT NULL
        CHECK (kind IN ('ApplicationForm', 'AcceptanceReceipt', 'ApprovalNotice', 'PaymentNotice', 'ClawbackNotice')),
    subject_id uuid NOT NULL,
    edition character varying(40) NOT NULL,
    authority_id character varying(40) NOT NULL,
    enterprise_id uuid NOT NULL,
    recipient_name character varying(200) NOT NULL,
    recipient_uscc character varying(18) NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    content_sha256 character(64) NOT NULL,
    file_sha256 character(64) NOT NULL,
    pdf bytea NOT NULL,
    public_summary jsonb NOT NULL,
    CONSTRAINT "PK_issued_documents" PRIMARY KEY (id),
    CONSTRAINT "FK_issued_documents_enterprises_enterprise_id" FOREIGN KEY (enterprise_id) REFERENCES enterprises (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_issued_documents_code" ON issued_documents (code);
CREATE INDEX "IX_issued_documents_enterprise_id" ON issued_documents (enterprise_id);
CREATE UNIQUE INDEX "IX_issued_documents_kind_subject_id_edition" ON issued_documents (kind, subject_id, edition);

CREATE TRIGGER issued_documents_append_only BEFORE UPDATE OR DELETE ON issued_documents
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();
