-- Version 9: a legal record's index row says whether the record is voided, so that lists and counts (the hazard
-- board and dashboard, the inspections list) leave voided records out from the index alone, without reading the
-- record table for every row. Records voided before take the mark from mw_record, read once.
ALTER TABLE mw_inspection ADD COLUMN voided SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE mw_hazard ADD COLUMN voided SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE mw_document ADD COLUMN voided SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE mw_report ADD COLUMN voided SMALLINT NOT NULL DEFAULT 0;
DECLARE GLOBAL TEMPORARY TABLE SESSION.mw_voided (id VARCHAR(36) NOT NULL) ON COMMIT PRESERVE ROWS NOT LOGGED;
INSERT INTO SESSION.mw_voided SELECT id FROM mw_record WHERE voided = 1;
UPDATE mw_inspection SET voided = 1 WHERE id IN (SELECT v.id FROM SESSION.mw_voided v);
UPDATE mw_hazard SET voided = 1 WHERE id IN (SELECT v.id FROM SESSION.mw_voided v);
UPDATE mw_document SET voided = 1 WHERE id IN (SELECT v.id FROM SESSION.mw_voided v);
UPDATE mw_report SET voided = 1 WHERE id IN (SELECT v.id FROM SESSION.mw_voided v);
DROP TABLE SESSION.mw_voided;
