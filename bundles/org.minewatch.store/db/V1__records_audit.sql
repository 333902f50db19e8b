-- Version 1: records as documents with their revision, the audit chain, and the indexes queries use.
CREATE TABLE mw_record (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  record_type VARCHAR(64) NOT NULL,
  owner_id VARCHAR(36),
  revision BIGINT NOT NULL,
  voided SMALLINT NOT NULL DEFAULT 0,
  modified_at TIMESTAMP NOT NULL,
  modified_by VARCHAR(36) NOT NULL,
  modified_by_name VARCHAR(200) NOT NULL,
  document CLOB NOT NULL,
  document_sha256 CHAR(64) NOT NULL
);
CREATE INDEX mw_record_type ON mw_record (record_type, id);
CREATE INDEX mw_record_owner ON mw_record (owner_id);

CREATE TABLE mw_audit (
  seq BIGINT NOT NULL PRIMARY KEY,
  entered_at TIMESTAMP NOT NULL,
  actor_id VARCHAR(36) NOT NULL,
  actor_name VARCHAR(200) NOT NULL,
  agency_id VARCHAR(36) NOT NULL,
  db_user VARCHAR(128) NOT NULL,
  action VARCHAR(16) NOT NULL,
  record_type VARCHAR(64) NOT NULL,
  record_id VARCHAR(36) NOT NULL,
  revision BIGINT NOT NULL,
  before_sha256 CHAR(64),
  after_sha256 CHAR(64),
  after_document CLOB,
  algorithm VARCHAR(16) NOT NULL,
  previous_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL
);
CREATE INDEX mw_audit_record ON mw_audit (record_id, seq);

CREATE TABLE mw_agency (id VARCHAR(36) NOT NULL PRIMARY KEY, kind VARCHAR(40), agency_level VARCHAR(16), parent_id VARCHAR(36), jurisdiction_code VARCHAR(12));
CREATE INDEX mw_agency_parent ON mw_agency (parent_id);
CREATE INDEX mw_agency_jurisdiction ON mw_agency (jurisdiction_code);
CREATE TABLE mw_enterprise (id VARCHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(200), parent_id VARCHAR(36), jurisdiction_code VARCHAR(12));
CREATE INDEX mw_enterprise_parent ON mw_enterprise (parent_id);
CREATE INDEX mw_enterprise_name ON mw_enterprise (name);
CREATE TABLE mw_mine (id VARCHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(200), kind VARCHAR(40), province_code VARCHAR(12), county_code VARCHAR(12), enterprise_id VARCHAR(36));
CREATE INDEX mw_mine_county ON mw_mine (county_code, id);
CREATE INDEX mw_mine_province ON mw_mine (province_code, id);
CREATE INDEX mw_mine_enterprise ON mw_mine (enterprise_id);
CREATE INDEX mw_mine_name ON mw_mine (name);
CREATE TABLE mw_mine_status (mine_id VARCHAR(36) NOT NULL, seq INT NOT NULL, since DATE NOT NULL, status VARCHAR(40) NOT NULL, PRIMARY KEY (mine_id, seq));
CREATE INDEX mw_mine_status_since ON mw_mine_status (status, since);
CREATE TABLE mw_mine_class (mine_id VARCHAR(36) NOT NULL, seq INT NOT NULL, since DATE NOT NULL, supervision_class VARCHAR(16), gas_class VARCHAR(16),
  hydrogeological_type VARCHAR(16), spontaneous_combustion VARCHAR(16), rock_burst_risk VARCHAR(16), standardisation_grade VARCHAR(16), PRIMARY KEY (mine_id, seq));
CREATE INDEX mw_mine_class_since ON mw_mine_class (supervision_class, since);
CREATE TABLE mw_person (id VARCHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(200), agency_id VARCHAR(36), mine_id VARCHAR(36));
CREATE INDEX mw_person_agency ON mw_person (agency_id);
CREATE INDEX mw_person_mine ON mw_person (mine_id);
CREATE TABLE mw_template (id VARCHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(200), edition VARCHAR(100), origin VARCHAR(16));
CREATE TABLE mw_campaign (id VARCHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(200), start_date DATE, end_date DATE);
CREATE TABLE mw_inspection (id VARCHAR(36) NOT NULL PRIMARY KEY, kind VARCHAR(40), status VARCHAR(16), mine_id VARCHAR(36), campaign_id VARCHAR(36), planned_start DATE);
CREATE INDEX mw_inspection_mine ON mw_inspection (mine_id, planned_start);
CREATE INDEX mw_inspection_status ON mw_inspection (status, planned_start);
CREATE TABLE mw_hazard (id VARCHAR(36) NOT NULL PRIMARY KEY, mine_id VARCHAR(36), state VARCHAR(16), grade VARCHAR(16), deadline DATE, found_at TIMESTAMP, inspection_id VARCHAR(36));
CREATE INDEX mw_hazard_mine ON mw_hazard (mine_id, found_at);
CREATE INDEX mw_hazard_state ON mw_hazard (state, deadline);
CREATE INDEX mw_hazard_deadline ON mw_hazard (deadline);
CREATE TABLE mw_monitor (id VARCHAR(36) NOT NULL PRIMARY KEY, person_id VARCHAR(36), mine_id VARCHAR(36), start_date DATE, end_date DATE);
CREATE INDEX mw_monitor_mine ON mw_monitor (mine_id, start_date);
CREATE INDEX mw_monitor_person ON mw_monitor (person_id, start_date);
CREATE TABLE mw_visit (id VARCHAR(36) NOT NULL PRIMARY KEY, kind VARCHAR(40), mine_id VARCHAR(36), planned_date DATE, done_date DATE);
CREATE INDEX mw_visit_mine ON mw_visit (mine_id, planned_date);
CREATE TABLE mw_plan (id VARCHAR(36) NOT NULL PRIMARY KEY, agency_id VARCHAR(36), start_date DATE);
CREATE TABLE mw_report (id VARCHAR(36) NOT NULL PRIMARY KEY, kind VARCHAR(40), status VARCHAR(16), due_date DATE, mine_id VARCHAR(36), jurisdiction_code VARCHAR(12));
CREATE INDEX mw_report_due ON mw_report (status, due_date);
CREATE TABLE mw_document (id VARCHAR(36) NOT NULL PRIMARY KEY, kind VARCHAR(40), mine_id VARCHAR(36), issued_at TIMESTAMP);
CREATE INDEX mw_document_mine ON mw_document (mine_id, issued_at);
CREATE TABLE mw_attachment (id VARCHAR(36) NOT NULL PRIMARY KEY, sha256 CHAR(64), media_type VARCHAR(100));
