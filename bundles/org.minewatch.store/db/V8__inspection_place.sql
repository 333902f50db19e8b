-- Version 8: an inspection's index row carries its mine's province, county, name and enterprise, and its
-- template edition, so that the inspections list pages one area's (or one group company's) inspections of a
-- kind and status by date, filters them by mine name, and a template edition in use can be told from one
-- that is not. Inspections written before take the place from mw_mine and the template from their document,
-- where it is written as minewatch:/ChecklistTemplate/<id>.
ALTER TABLE mw_inspection ADD COLUMN province_code VARCHAR(12);
ALTER TABLE mw_inspection ADD COLUMN county_code VARCHAR(12);
ALTER TABLE mw_inspection ADD COLUMN mine_name VARCHAR(200);
ALTER TABLE mw_inspection ADD COLUMN enterprise_id VARCHAR(36);
ALTER TABLE mw_inspection ADD COLUMN template_id VARCHAR(36);
UPDATE mw_inspection SET province_code = (SELECT m.province_code FROM mw_mine m WHERE m.id = mw_inspection.mine_id),
  county_code = (SELECT m.county_code FROM mw_mine m WHERE m.id = mw_inspection.mine_id),
  mine_name = (SELECT m.name FROM mw_mine m WHERE m.id = mw_inspection.mine_id),
  enterprise_id = (SELECT m.enterprise_id FROM mw_mine m WHERE m.id = mw_inspection.mine_id);
UPDATE mw_inspection SET template_id = (SELECT CAST(SUBSTR(r.document, LOCATE('minewatch:/ChecklistTemplate/', r.document) + 29, 36) AS VARCHAR(36))
  FROM mw_record r WHERE r.id = mw_inspection.id AND LOCATE('minewatch:/ChecklistTemplate/', r.document) > 0);
CREATE INDEX mw_inspection_province_list ON mw_inspection (province_code, kind, status, planned_start, id);
CREATE INDEX mw_inspection_county_list ON mw_inspection (county_code, kind, status, planned_start, id);
CREATE INDEX mw_inspection_enterprise ON mw_inspection (enterprise_id, status, planned_start);
CREATE INDEX mw_inspection_template ON mw_inspection (template_id);
