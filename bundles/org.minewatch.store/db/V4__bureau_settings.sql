-- Version 4: the bureau's settings (thresholds, windows, calendars), records like any other, indexed by key.
CREATE TABLE mw_setting (id VARCHAR(36) NOT NULL PRIMARY KEY, setting_key VARCHAR(200) NOT NULL);
CREATE UNIQUE INDEX mw_setting_key ON mw_setting (setting_key);
