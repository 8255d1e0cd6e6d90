-- Every save of an expectation suite is a version: its GX 1.x JSON as saved, when, and the user's note.
-- quality_suite keeps the current JSON (what checkpoints run); this table keeps the history for diff and rollback.
CREATE TABLE quality_suite_version (
    suite_name  VARCHAR(200)  NOT NULL,
    version     INTEGER       NOT NULL,
    suite_json  CLOB          NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(4000) NOT NULL DEFAULT '',
    PRIMARY KEY (suite_name, version)
);

-- Data docs read results by id (the incremental rebuild renders only ids above the last one rendered, recorded in
-- the site folder's manifest) and per suite, source and batch for the history pages.
CREATE INDEX quality_validation_result_series ON quality_validation_result (suite_name, source_name, id);
