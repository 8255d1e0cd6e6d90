package io.dataops.workbench.terraform.intel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.config.ProviderSchema;
import io.dataops.workbench.terraform.project.Connections;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provider schemas in the workspace (table {@code provider_schema}), one row per provider source and
 * version. A project gets, for each provider, the version its lock file names, else the newest import.
 */
public final class ProviderSchemaStore {

    /** The version a schema is stored under when the project has no lock entry for its provider. */
    public static final String UNLOCKED = "unlocked";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connections connections;

    public ProviderSchemaStore(Connections connections) {
        this.connections = connections;
    }

    /** One stored provider schema. */
    public record Entry(String source, String version) {
    }

    /**
     * Stores each provider of a {@code terraform providers schema -json} document under its source and the
     * version {@code locks} gives it; returns what was stored.
     */
    public List<Entry> save(String schemaJson, Map<String, String> locks) {
        ProviderSchema.parse(schemaJson); // refuses what is not a providers schema, with a clear message
        JsonNode root;
        try {
            root = JSON.readTree(schemaJson);
        } catch (IOException e) {
            throw new UserFacingException("The provider schema is not valid JSON: " + e.getMessage(), e);
        }
        List<Entry> stored = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> providers = root.path("provider_schemas").fields();
        while (providers.hasNext()) {
            Map.Entry<String, JsonNode> provider = providers.next();
            ObjectNode single = JSON.createObjectNode();
            single.put("format_version", root.path("format_version").asText("1.0"));
            single.putObject("provider_schemas").set(provider.getKey(), provider.getValue());
            Entry entry = new Entry(provider.getKey(), locks.getOrDefault(provider.getKey(), UNLOCKED));
            write(entry, single.toString());
            stored.add(entry);
        }
        return stored;
    }

    /** The schema of every stored provider, in the version {@code locks} asks for (else the newest import). */
    public Optional<ProviderSchema> load(Map<String, String> locks) {
        List<String> documents = new ArrayList<>();
        try (Connection connection = connections.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT source, version, schema_json FROM provider_schema ORDER BY source, imported_at DESC");
             ResultSet rows = select.executeQuery()) {
            String lastSource = null;
            String chosen = null;
            while (rows.next()) {
                String source = rows.getString(1);
                if (!source.equals(lastSource)) {
                    if (chosen != null) {
                        documents.add(chosen);
                    }
                    lastSource = source;
                    chosen = rows.getString(3);
                }
                if (rows.getString(2).equals(locks.get(source))) {
                    chosen = rows.getString(3);
                }
            }
            if (chosen != null) {
                documents.add(chosen);
            }
        } catch (SQLException e) {
            throw new UserFacingException("Cannot read the provider schemas of the workspace: " + e.getMessage(), e);
        }
        return documents.isEmpty() ? Optional.empty() : Optional.of(ProviderSchema.parse(merge(documents)));
    }

    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = connections.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT source, version FROM provider_schema ORDER BY source, version");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new Entry(rows.getString(1), rows.getString(2)));
            }
        } catch (SQLException e) {
            throw new UserFacingException("Cannot read the provider schemas of the workspace: " + e.getMessage(), e);
        }
        return entries;
    }

    private void write(Entry entry, String json) {
        try (Connection connection = connections.connect();
             PreparedStatement merge = connection.prepareStatement("MERGE INTO provider_schema "
                     + "(source, version, schema_json, imported_at) KEY (source, version) VALUES (?, ?, ?, ?)")) {
            merge.setString(1, entry.source());
            merge.setString(2, entry.version());
            merge.setString(3, json);
            merge.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new UserFacingException("Cannot store the schema of " + entry.source() + " in the workspace: "
                    + e.getMessage(), e);
        }
    }

    private static String merge(List<String> documents) {
        ObjectNode all = JSON.createObjectNode();
        all.put("format_version", "1.0");
        ObjectNode providers = all.putObject("provider_schemas");
        for (String document : documents) {
            try {
                JSON.readTree(document).path("provider_schemas").fields()
                        .forEachRemaining(e -> providers.set(e.getKey(), e.getValue()));
            } catch (IOException e) {
                throw new UserFacingException("A stored provider schema is damaged: " + e.getMessage(), e);
            }
        }
        return all.toString();
    }
}
