-- Version 3: how far a bulk import of a data set has come, file by file, committed with each batch.
CREATE TABLE mw_import (
  data_set VARCHAR(100) NOT NULL,
  file_name VARCHAR(100) NOT NULL,
  rows_done BIGINT NOT NULL,
  PRIMARY KEY (data_set, file_name)
);
