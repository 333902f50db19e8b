-- Version 11: the state of each person's database account on a bureau's server (Derby's NATIVE authentication keeps
-- the passwords; it knows neither a disabled account nor a lockout). Written by the owner ('minewatch admin account ...'),
-- except through the sign-in log below. Read at every sign-in by the store (Accounts).
CREATE TABLE mw_account (
  username VARCHAR(128) NOT NULL PRIMARY KEY,
  person_id VARCHAR(36),
  state VARCHAR(16) NOT NULL,
  failed_sign_ins INT NOT NULL DEFAULT 0,
  last_sign_in TIMESTAMP,
  last_failed TIMESTAMP,
  changed_at TIMESTAMP NOT NULL,
  CONSTRAINT mw_account_state CHECK (state IN ('ACTIVE', 'DISABLED', 'LOCKED'))
);
CREATE INDEX mw_account_person ON mw_account (person_id);

-- Every sign-in and every refused password, as a row people may only insert. The trigger, which runs with its owner's
-- rights, counts: a failed sign-in adds one and the fifth in a row locks the account; a sign-in of the account's own
-- session (SESSION_USER: nobody signs in for another) clears the count.
CREATE TABLE mw_sign_in (
  username VARCHAR(128) NOT NULL,
  attempted_at TIMESTAMP NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  CONSTRAINT mw_sign_in_outcome CHECK (outcome IN ('FAILED', 'SIGNED_IN'))
);
CREATE INDEX mw_sign_in_user ON mw_sign_in (username, attempted_at);

CREATE TRIGGER mw_sign_in_counted AFTER INSERT ON mw_sign_in REFERENCING NEW AS attempt FOR EACH ROW
  UPDATE mw_account SET
    failed_sign_ins = CASE WHEN attempt.outcome = 'FAILED' THEN failed_sign_ins + 1 ELSE 0 END,
    last_failed = CASE WHEN attempt.outcome = 'FAILED' THEN attempt.attempted_at ELSE last_failed END,
    last_sign_in = CASE WHEN attempt.outcome = 'SIGNED_IN' THEN attempt.attempted_at ELSE last_sign_in END,
    state = CASE WHEN attempt.outcome = 'FAILED' AND state = 'ACTIVE' AND failed_sign_ins + 1 >= 5 THEN 'LOCKED' ELSE state END
  WHERE username = attempt.username
    AND (attempt.outcome = 'FAILED' OR (state = 'ACTIVE' AND attempt.username = SESSION_USER));
