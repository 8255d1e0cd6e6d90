package io.dataops.workbench.terraform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.dataops.workbench.terraform.config.TestConfigs.described;
import static org.assertj.core.api.Assertions.assertThat;

/** An edit re-parses only the edited file and re-links only its module and the modules calling it. */
class IncrementalAnalysisTest {

    @TempDir
    Path dir;

    private void files() {
        TestConfigs.write(dir, Map.of(
                "main.tf", "module \"a\" {\n  source = \"./a\"\n  x = 1\n}\nmodule \"b\" {\n  source = \"./b\"\n}\n"
                        + "output \"o\" { value = [module.a.out, module.b.out] }\n",
                "other.tf", "locals { unused = 1 }\n",
                "a/main.tf", "variable \"x\" {}\noutput \"out\" { value = var.x }\n",
                "b/main.tf", "output \"out\" { value = 2 }\n"));
    }

    @Test
    void editingAChildReparsesOneFileAndRelinksTheChildAndItsCaller() {
        files();
        ConfigAnalyzer analyzer = new ConfigAnalyzer(dir, AnalysisOptions.DEFAULT);
        Configuration before = analyzer.analyse();
        assertThat(TestConfigs.errors(before)).isEmpty();
        assertThat(analyzer.filesParsed()).isEqualTo(4);
        assertThat(analyzer.modulesLinked()).isEqualTo(3);

        Configuration after = analyzer.update(dir.resolve("a/main.tf"),
                "variable \"x\" {}\nvariable \"y\" {}\noutput \"renamed\" { value = [var.x, var.y] }\n");

        assertThat(analyzer.filesParsed()).isEqualTo(5);
        assertThat(analyzer.modulesLinked()).isEqualTo(5); // a and the root; b is reused
        assertThat(described(TestConfigs.errors(after))).containsExactly(
                "Missing required argument@main.tf:1:12", "Unsupported attribute@main.tf:8:31");
        assertThat(after.module(dir.resolve("b")).orElseThrow())
                .isSameAs(before.module(dir.resolve("b")).orElseThrow());
    }

    @Test
    void editingTheRootKeepsItsChildrenAndMatchesAFreshAnalysis() {
        files();
        ConfigAnalyzer analyzer = new ConfigAnalyzer(dir, AnalysisOptions.DEFAULT);
        Configuration before = analyzer.analyse();
        String edited = "locals { unused = var.nope }\n";
        Configuration after = analyzer.update(dir.resolve("other.tf"), edited);
        assertThat(analyzer.filesParsed()).isEqualTo(5);
        assertThat(analyzer.modulesLinked()).isEqualTo(4);
        assertThat(after.module(dir.resolve("a")).orElseThrow()).isSameAs(before.module(dir.resolve("a")).orElseThrow());

        TestConfigs.write(dir, Map.of("other.tf", edited));
        Configuration fresh = TestConfigs.analyse(dir);
        assertThat(after.diagnostics()).isEqualTo(fresh.diagnostics());
        assertThat(after.graph().edges()).isEqualTo(fresh.graph().edges());
    }
}
