package io.dataops.workbench.hcl.parser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz test's regression run without starting Jazzer: the seed inputs (and inputs Jazzer saved as
 * findings) in {@code HclParserFuzzTestInputs}, plus cheap mutations of them (cuts, duplications,
 * inserted punctuation), all checked against {@link FuzzProperties}.
 */
class FuzzSeedsTest {

    private static final String INSERTS = "{}[]()\"$%~#/*<>=!\n\t .,:?-'`\\é";

    @Test
    void seedsAndTheirMutationsKeepTheProperties() throws IOException, URISyntaxException {
        Path inputs = Path.of(getClass().getResource("HclParserFuzzTestInputs").toURI());
        List<String> seeds;
        try (Stream<Path> files = Files.walk(inputs)) {
            seeds = files.filter(Files::isRegularFile).sorted().map(FuzzSeedsTest::read).toList();
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(4);
        Random random = new Random(11);
        for (String seed : seeds) {
            FuzzProperties.check(seed);
            for (int i = 0; i < 60; i++) {
                FuzzProperties.check(mutate(seed, random));
            }
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, INSERTS.charAt(random.nextInt(INSERTS.length())));
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
                default -> {
                    int end = Math.min(text.length(), at + random.nextInt(30));
                    text.insert(at, text.substring(at, end));
                }
            }
        }
        return text.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
