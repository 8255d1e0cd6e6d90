package io.dataops.workbench.terraform.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.config.AnalysisOptions;
import io.dataops.workbench.terraform.config.Declaration;
import io.dataops.workbench.terraform.config.ProviderSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageServicesTest {

    @TempDir
    Path dir;
    private ProjectIntel intel;
    private IntelSnapshot snapshot;

    @BeforeEach
    void analyse() throws IOException {
        IntelProject.write(dir);
        intel = new ProjectIntel(dir, AnalysisOptions.DEFAULT);
        snapshot = intel.analyse();
    }

    private int offsetOf(String file, String text) throws IOException {
        return Files.readString(dir.resolve(file)).indexOf(text);
    }

    @Test
    void anUndeclaredReferenceIsADiagnosticOfItsFileUntilFixed() throws IOException {
        String main = Files.readString(dir.resolve("main.tf"));
        assertThat(intel.diagnosticsAfterEdit(dir.resolve("main.tf"), main)).isEmpty();
        String broken = main.replace("input = var.region", "input = var.regoin");
        assertThat(intel.diagnosticsAfterEdit(dir.resolve("main.tf"), broken))
                .anySatisfy(d -> assertThat(d.summary()).isEqualTo("Reference to undeclared input variable"));
        assertThat(intel.latest().orElseThrow().problems()).anySatisfy(p -> {
            assertThat(p.location().file()).isEqualTo(dir.resolve("main.tf"));
            assertThat(p.location().line()).isEqualTo(6);
        });
        assertThat(intel.diagnosticsAfterEdit(dir.resolve("main.tf"), main)).isEmpty();
    }

    @Test
    void goesToDefinitionAcrossFilesAndIntoAModule() throws IOException {
        Path main = dir.resolve("main.tf");
        Symbol variable = Navigation.definitionAt(snapshot, main, offsetOf("main.tf", "var.region") + 5).orElseThrow();
        assertThat(variable.name().file()).isEqualTo(dir.resolve("variables.tf"));
        assertThat(variable.name().line()).isEqualTo(1);

        Symbol childVariable = Navigation.definitionAt(snapshot, main, offsetOf("main.tf", "region = var") + 2).orElseThrow();
        assertThat(childVariable.name().file()).isEqualTo(dir.resolve("modules/net/main.tf"));
        assertThat(childVariable.declaration().address()).isEqualTo("var.region");

        Symbol output = Navigation.definitionAt(snapshot, dir.resolve("outputs.tf"),
                offsetOf("outputs.tf", "module.net.cidr") + 12).orElseThrow();
        assertThat(output.name().file()).isEqualTo(dir.resolve("modules/net/main.tf"));
        assertThat(output.declaration().address()).isEqualTo("output.cidr");
    }

    @Test
    void findsEveryReferenceOfAVariable() throws IOException {
        Declaration region = Navigation.declarationAt(snapshot, dir.resolve("variables.tf"),
                offsetOf("variables.tf", "region")).orElseThrow();
        List<Navigation.Usage> usages = Navigation.usages(snapshot, region);
        assertThat(usages).extracting(u -> dir.relativize(u.location().file()).toString())
                .containsExactly("main.tf", "main.tf", "main.tf", "outputs.tf");
    }

    @Test
    void renamesAVariableInEveryFileAndInTheModuleCall() throws IOException {
        Declaration child = Navigation.declarationAt(snapshot, dir.resolve("modules/net/main.tf"),
                offsetOf("modules/net/main.tf", "region")).orElseThrow();
        List<RenameEdit> childEdits = Renaming.edits(snapshot, child, "location");
        assertThat(childEdits).extracting(e -> dir.relativize(e.file()) + ":" + e.line())
                .containsExactly("main.tf:11", "modules/net/main.tf:1");

        Declaration root = Navigation.declarationAt(snapshot, dir.resolve("variables.tf"),
                offsetOf("variables.tf", "region")).orElseThrow();
        List<RenameEdit> edits = Renaming.edits(snapshot, root, "location");
        assertThat(edits).extracting(e -> dir.relativize(e.file()) + ":" + e.line())
                .containsExactly("main.tf:2", "main.tf:6", "main.tf:11", "outputs.tf:2", "variables.tf:1");
        assertThatThrownBy(() -> Renaming.edits(snapshot, root, "9bad")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void renamingAResourceOffersAMovedBlock() throws IOException {
        Declaration web = Navigation.declarationAt(snapshot, dir.resolve("main.tf"), offsetOf("main.tf", "web")).orElseThrow();
        assertThat(Renaming.movedBlock(snapshot, web, "site").orElseThrow().text())
                .contains("moved {\n  from = terraform_data.web\n  to   = terraform_data.site\n}");
    }

    @Test
    void completesVarInAHalfTypedLine() throws IOException {
        String main = Files.readString(dir.resolve("main.tf"));
        String typed = main.replace("  input = var.region\n", "  input = var.re\n");
        int caret = typed.indexOf("var.re") + "var.re".length();
        Completions completions = Completer.at(Optional.of(snapshot), Optional.empty(), dir.resolve("main.tf"), typed, caret);
        assertThat(completions.items()).extracting(CompletionItem::label).containsExactly("region");
        assertThat(completions.prefix()).isEqualTo("re");
        assertThat(completions.items().get(0).documentation()).isEqualTo("Where everything runs");
    }

    @Test
    void completesAResourcesArgumentsFromTheSchemaFixture() throws IOException {
        ProviderSchema schema = ProviderSchema.parse(new String(getClass().getResourceAsStream("/intel/aws-like-schema.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        String text = "resource \"aws_s3_bucket\" \"logs\" {\n  bu\n";
        Completions completions = Completer.at(Optional.of(snapshot), Optional.of(schema), dir.resolve("main.tf"), text,
                text.length() - 1);
        assertThat(completions.items()).extracting(CompletionItem::label).containsExactly("bucket");
        assertThat(completions.items().get(0).required()).isTrue();
        Completions all = Completer.at(Optional.of(snapshot), Optional.of(schema), dir.resolve("main.tf"),
                "resource \"aws_s3_bucket\" \"logs\" {\n  \n", 36);
        assertThat(all.items()).extracting(CompletionItem::label).contains("bucket", "tags", "versioning", "count");
        Completions types = Completer.at(Optional.of(snapshot), Optional.of(schema), dir.resolve("main.tf"),
                "resource \"aws_", 14);
        assertThat(types.items()).extracting(CompletionItem::label).contains("aws_s3_bucket", "aws_instance");
    }

    @Test
    void completesBlockKeywordsFunctionsAndModuleOutputs() {
        assertThat(Completer.at(Optional.of(snapshot), Optional.empty(), dir.resolve("main.tf"), "\nres", 4).items())
                .extracting(CompletionItem::label).containsExactly("resource");
        String call = "locals {\n  x = jsonen";
        assertThat(Completer.at(Optional.of(snapshot), Optional.empty(), dir.resolve("main.tf"), call, call.length())
                .items()).extracting(CompletionItem::detail).containsExactly("jsonencode(val dynamic)");
        String out = "locals {\n  x = module.net.";
        assertThat(Completer.at(Optional.of(snapshot), Optional.empty(), dir.resolve("main.tf"), out, out.length())
                .items()).extracting(CompletionItem::label).containsExactly("cidr");
    }

    @Test
    void hoverShowsTheTfvarsValue() throws IOException {
        String hover = Hovers.at(snapshot, dir.resolve("outputs.tf"), offsetOf("outputs.tf", "var.region") + 6).orElseThrow();
        assertThat(hover).contains("variable var.region").contains("Where everything runs")
                .contains("Value: \"eu-west-1\"").contains("terraform.tfvars");
        assertThat(InlayHint.of(snapshot, dir.resolve("main.tf"))).extracting(InlayHint::text)
                .containsExactly("= \"app-eu-west-1\"");
    }

    @Test
    void outlineAndSymbolSearch() {
        assertThat(Symbols.outline(snapshot, dir.resolve("main.tf"))).extracting(Symbol::label)
                .containsExactly("local.name", "terraform_data.web", "module.net");
        assertThat(Symbols.search(snapshot, "cidr", 10)).extracting(s -> s.module() + " " + s.label())
                .containsExactlyInAnyOrder("the root module output.cidr", "module.net output.cidr");
    }
}
