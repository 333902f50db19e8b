-- Version 2: the bytes of attachments, stored once per SHA-256 (photos and documents).
CREATE TABLE mw_content (
  sha256 CHAR(64) NOT NULL PRIMARY KEY,
  byte_size BIGINT NOT NULL,
  content BLOB(1G) NOT NULL
);
CREATE INDEX mw_attachment_sha ON mw_attachment (sha256);
