-- 0023 E-mail for notifications through a transactional outbox (issue 14, point 1): each notification's kind, the
-- outbox the portal writes in the notification's own save and sends from (claimed with FOR UPDATE SKIP LOCKED and a
-- lease), and the kinds each user switched off.

-- Rows written before kinds existed are application status changes or award messages; call them status changes.
ALTER TABLE notifications ADD COLUMN kind character varying(30) NOT NULL DEFAULT 'StatusChanged';
ALTER TABLE notifications ALTER COLUMN kind DROP DEFAULT;

CREATE TABLE mail_outbox (
    id uuid NOT NULL,
    notification_id uuid,
    recipient_user_id uuid,
    address character varying(256) NOT NULL,
    subject character varying(200) NOT NULL,
    body text NOT NULL,
    kind character varying(30) NOT NULL,
    link character varying(500),
    state character varying(10) NOT NULL CHECK (state IN ('Pending', 'Sending', 'Sent', 'Failed')),
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    lease_owner character varying(100),
    lease_until timestamp with time zone,
    last_error character varying(1000),
    created_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    message_id character varying(200) NOT NULL,
    CONSTRAINT "PK_mail_outbox" PRIMARY KEY (id),
    CONSTRAINT "FK_mail_outbox_AspNetUsers_recipient_user_id" FOREIGN KEY (recipient_user_id) REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL
);

CREATE INDEX "IX_mail_outbox_state_next_attempt_at" ON mail_outbox (state, next_attempt_at);
CREATE UNIQUE INDEX "IX_mail_outbox_notification_id_recipient_user_id" ON mail_outbox (notification_id, recipient_user_id);
CREATE INDEX "IX_mail_outbox_recipient_user_id" ON mail_outbox (recipient_user_id);

CREATE TABLE mail_opt_outs (
    user_id uuid NOT NULL,
    kind character varying(30) NOT NULL,
    CONSTRAINT "PK_mail_opt_outs" PRIMARY KEY (user_id, kind),
    CONSTRAINT "FK_mail_opt_outs_AspNetUsers_user_id" FOREIGN KEY (user_id) REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
