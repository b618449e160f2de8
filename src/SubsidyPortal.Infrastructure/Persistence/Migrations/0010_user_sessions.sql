-- Server-side sessions: the sign-in cookie names one row, and is refused once the row is gone (signed out) or
-- expired, or once the user's security stamp changed (password changed or reset, account disabled, role changed).
-- Each request reads the row by its primary key; signing in clears the user's expired rows through the second index.
CREATE TABLE user_sessions (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    started_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_user_sessions" PRIMARY KEY (id),
    CONSTRAINT "FK_user_sessions_AspNetUsers_user_id" FOREIGN KEY (user_id) REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_user_sessions_user_id" ON user_sessions (user_id);
