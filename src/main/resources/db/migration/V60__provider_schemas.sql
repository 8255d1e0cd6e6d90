-- Provider schemas imported for the editor's completion and checks: one row per provider source address
-- ("registry.terraform.io/hashicorp/aws") and version, holding that provider's part of
-- `terraform providers schema -json` as a complete document of its own.
CREATE TABLE provider_schema (
    source       VARCHAR(400)  NOT NULL,
    version      VARCHAR(100)  NOT NULL,
    schema_json  CLOB          NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, version)
);
