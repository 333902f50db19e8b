-- Version 10: the indexes the lists and counts read carry what they filter on, now that a legal record's index
-- row says whether it is voided. The hazards' indexes end with the voided mark, so that a province's or a county's
-- counts by grade and state are read from the index alone. The indexes of version 1 that a version 5 index
-- begins with go: Derby chose them for a page sorted by more columns and then sorted every match.
DROP INDEX mw_hazard_state;
DROP INDEX mw_hazard_mine;
DROP INDEX mw_inspection_mine;
DROP INDEX mw_hazard_province_board;
CREATE INDEX mw_hazard_province_board ON mw_hazard (province_code, grade, state, deadline, id, voided);
DROP INDEX mw_hazard_county_board;
CREATE INDEX mw_hazard_county_board ON mw_hazard (county_code, grade, state, deadline, id, voided);
DROP INDEX mw_hazard_state_deadline_id;
CREATE INDEX mw_hazard_state_deadline_id ON mw_hazard (state, deadline, id, voided);
DROP INDEX mw_hazard_mine_found_id;
CREATE INDEX mw_hazard_mine_found_id ON mw_hazard (mine_id, found_at, id, voided);
