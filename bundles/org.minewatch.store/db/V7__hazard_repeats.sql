-- Version 7: a hazard's index row carries the hazard it repeats (屡查屡犯), so that boards and dashboards
-- count and filter repeats in the database. Hazards written before take the value from their document,
-- where the reference is written as minewatch:/Hazard/<id> after the feature's name.
ALTER TABLE mw_hazard ADD COLUMN repeat_of VARCHAR(36);
UPDATE mw_hazard SET repeat_of = (SELECT CAST(SUBSTR(r.document, LOCATE('minewatch:/Hazard/', r.document, LOCATE('repeatOf', r.document)) + 18, 36) AS VARCHAR(36))
  FROM mw_record r WHERE r.id = mw_hazard.id AND LOCATE('repeatOf', r.document) > 0);
CREATE INDEX mw_hazard_province_repeats ON mw_hazard (province_code, repeat_of);
