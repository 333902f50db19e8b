-- Version 5: indexes in the order the pages are read (filter column, sort column, id), so that a page
-- of the first rows is an index range scan that stops early instead of a sort of every match.
CREATE INDEX mw_hazard_state_deadline_id ON mw_hazard (state, deadline, id);
CREATE INDEX mw_hazard_mine_found_id ON mw_hazard (mine_id, found_at, id);
CREATE INDEX mw_mine_province_name_id ON mw_mine (province_code, name, id);
CREATE INDEX mw_mine_county_name_id ON mw_mine (county_code, name, id);
CREATE INDEX mw_inspection_mine_start_id ON mw_inspection (mine_id, planned_start, id);
