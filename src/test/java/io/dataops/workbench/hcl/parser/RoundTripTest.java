package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.tree.ConfigFile;
import io.dataops.workbench.testsupport.Requirements;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** print(parse(x)) == x over the bundled samples and every file of the HCL spec suite. */
class RoundTripTest {

    @Test
    void samplesRoundTripWithoutErrors() throws IOException, URISyntaxException {
        Path samples = Path.of(getClass().getResource("/samples").toURI());
        List<Path> files = filesUnder(samples, ".tf");
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ConfigFile parsed = HclParser.parse(text, file.toString());
            assertThat(parsed.diagnostics()).as("errors in %s", file).isEmpty();
            assertThat(parsed.print()).as("print of %s", file).isEqualTo(text);
        }
    }

    @Test
    void everySpecSuiteFileRoundTrips() throws IOException {
        Path suite = Requirements.sharedDir().resolve("conformance/hcl-specsuite/tests");
        Requirements.require(Files.isDirectory(suite), "the spec suite " + suite + " does not exist");
        List<Path> files = filesUnder(suite, "");
        assertThat(files).hasSizeGreaterThan(40);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ConfigFile parsed = HclParser.parse(text, file.getFileName().toString());
            assertThat(parsed.print()).as("print of %s", file).isEqualTo(text);
            assertThat(parsed.tokens().get(parsed.tokens().size() - 1).end()).isEqualTo(text.length());
        }
    }

    @Test
    void specSuiteInputsThatShouldParseHaveNoErrors() throws IOException {
        Path suite = Requirements.sharedDir().resolve("conformance/hcl-specsuite/tests");
        Requirements.require(Files.isDirectory(suite), "the spec suite " + suite + " does not exist");
        for (Path file : filesUnder(suite, ".hcl")) {
            String name = file.getFileName().toString();
            if (name.contains("bad") || name.contains("invalid") || name.contains("unclosed")) {
                continue;
            }
            ConfigFile parsed = HclParser.parse(Files.readString(file), name);
            assertThat(parsed.diagnostics()).as("errors in %s", file).isEmpty();
        }
    }

    static List<Path> filesUnder(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
