-- Monitoring dashboards, each kept as the same JSON a saved .dashboard.json file holds (DashboardJson), so a
-- dashboard moves between the workspace and a repository unchanged.
CREATE TABLE monitor_dashboard (
    name            VARCHAR(200) PRIMARY KEY,
    dashboard_json  CLOB         NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
