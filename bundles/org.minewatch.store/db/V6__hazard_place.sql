-- Version 6: a hazard's index row carries its mine's province, county and name, so that the hazard board
-- pages one province's (or county's) hazards of a grade and state by deadline, and filters them by mine
-- name, in one index range scan. The values come from mw_mine (also for hazards written before).
ALTER TABLE mw_hazard ADD COLUMN province_code VARCHAR(12);
ALTER TABLE mw_hazard ADD COLUMN county_code VARCHAR(12);
ALTER TABLE mw_hazard ADD COLUMN mine_name VARCHAR(200);
UPDATE mw_hazard SET province_code = (SELECT m.province_code FROM mw_mine m WHERE m.id = mw_hazard.mine_id),
  county_code = (SELECT m.county_code FROM mw_mine m WHERE m.id = mw_hazard.mine_id),
  mine_name = (SELECT m.name FROM mw_mine m WHERE m.id = mw_hazard.mine_id);
CREATE INDEX mw_hazard_province_board ON mw_hazard (province_code, grade, state, deadline, id);
CREATE INDEX mw_hazard_county_board ON mw_hazard (county_code, grade, state, deadline, id);
