package io.dataops.workbench.terraform.history;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.terraform.plan.PlanModelJson;
import io.dataops.workbench.terraform.project.Connections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plans made in this workspace, newest first. Only the masked model is stored (see {@link Plan}); the
 * inputs text comes from {@code RunInputs.describe}, which hides the values of sensitive variables.
 */
public final class PlanHistory {

    private static final String COLUMNS = "id, created_at, project_name, project_location, terraform_workspace,"
            + " inputs, summary, has_changes";

    private final Connections connections;

    public PlanHistory(Connections connections) {
        this.connections = connections;
    }

    public PlanRecord save(String projectName, String projectLocation, String terraformWorkspace, String inputs,
                           Plan plan, String summary) {
        Instant now = Instant.now();
        boolean changes = plan.counts().hasChanges();
        try (Connection connection = connections.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO terraform_plan (created_at,"
                     + " project_name, project_location, terraform_workspace, inputs, summary, has_changes, plan_json)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setString(2, truncate(projectName, 200));
            insert.setString(3, truncate(projectLocation, 2000));
            insert.setString(4, truncate(terraformWorkspace, 200));
            insert.setString(5, truncate(inputs, 4000));
            insert.setString(6, truncate(summary, 400));
            insert.setBoolean(7, changes);
            insert.setString(8, PlanModelJson.write(plan));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new PlanRecord(keys.getLong(1), now, projectName, projectLocation, terraformWorkspace, inputs,
                        summary, changes);
            }
        } catch (SQLException e) {
            throw failure("save the plan of " + projectName, e);
        }
    }

    /** The plans of one project folder, newest first. */
    public List<PlanRecord> list(String projectLocation) {
        return query("SELECT " + COLUMNS + " FROM terraform_plan WHERE project_location = ? ORDER BY id DESC",
                projectLocation);
    }

    public List<PlanRecord> listAll() {
        return query("SELECT " + COLUMNS + " FROM terraform_plan ORDER BY id DESC", null);
    }

    public Optional<PlanRecord> latest(String projectLocation) {
        return list(projectLocation).stream().findFirst();
    }

    public Plan load(long id) {
        try (Connection connection = connections.connect();
             PreparedStatement select = connection.prepareStatement("SELECT plan_json FROM terraform_plan WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new UserFacingException("There is no stored plan " + id + " in this workspace.");
                }
                return PlanModelJson.read(row.getString(1));
            }
        } catch (SQLException e) {
            throw failure("read the stored plan " + id, e);
        }
    }

    private List<PlanRecord> query(String sql, String parameter) {
        try (Connection connection = connections.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            List<PlanRecord> records = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(new PlanRecord(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getBoolean(8)));
                }
            }
            return records;
        } catch (SQLException e) {
            throw failure("list the stored plans", e);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static UserFacingException failure(String what, SQLException e) {
        return new UserFacingException("Could not " + what + " in the workspace: " + e.getMessage(), e);
    }
}
