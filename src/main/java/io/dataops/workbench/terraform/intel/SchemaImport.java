package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.run.TerraformCommands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * "Import provider schema": from the project itself ({@code terraform providers schema -json}, which needs
 * {@code terraform init} first) or from a saved JSON file; stored keyed by the versions of the lock file.
 */
public final class SchemaImport {

    private final ProviderSchemaStore store;

    public SchemaImport(ProviderSchemaStore store) {
        this.store = store;
    }

    public List<ProviderSchemaStore.Entry> fromProject(TerraformCommands terraform, Path project, TaskContext context) {
        String json;
        try {
            json = terraform.providersSchema(project, context);
        } catch (UserFacingException e) {
            if (Files.isDirectory(project.resolve(".terraform"))) {
                throw e;
            }
            // A project of built-in providers only needs no .terraform directory, so this is only a likely cause.
            throw new UserFacingException("terraform could not print the provider schemas of " + project.getFileName()
                    + "; the project has not been initialised: run terraform init in it first (the Plan tab's "
                    + "Init), then import the schema again. " + e.getMessage(), e);
        }
        return store.save(json, ProviderLocks.read(project));
    }

    public List<ProviderSchemaStore.Entry> fromFile(Path file, Path project) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return store.save(json, ProviderLocks.read(project));
    }
}
