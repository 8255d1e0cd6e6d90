package io.dataops.workbench.terraform.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BracketsAndHighlightTest {

    private static final String TEXT = """
            resource "a" "b" {
              name = "{not a brace}"
              tags = {
                x = lower("Y")
              }
            }
            """;

    @Test
    void bracesInStringsDoNotCountAndBlocksFold() {
        List<LexedToken> tokens = new IncrementalTokens().reset(TEXT).tokens();
        int open = TEXT.indexOf('{');
        assertThat(Brackets.matchAt(tokens, open)).get().isEqualTo(new Brackets.Pair(open, TEXT.lastIndexOf('}')));
        List<Brackets.FoldRegion> regions = Brackets.foldRegions(TEXT, tokens);
        assertThat(regions).containsExactly(new Brackets.FoldRegion(0, 5), new Brackets.FoldRegion(2, 4));
        assertThat(Brackets.regionAt(regions, 3)).get().isEqualTo(new Brackets.FoldRegion(2, 4));
    }

    @Test
    void blockTypesAttributesFunctionsAndStringsAreTold() {
        List<LexedToken> tokens = new IncrementalTokens().reset(TEXT).tokens();
        List<HighlightRun> runs = Highlighter.runs(TEXT, 0, tokens);
        assertThat(kindAt(runs, TEXT.indexOf("resource"))).isEqualTo(HighlightKind.BLOCK_TYPE);
        assertThat(kindAt(runs, TEXT.indexOf("name"))).isEqualTo(HighlightKind.ATTRIBUTE);
        assertThat(kindAt(runs, TEXT.indexOf("lower"))).isEqualTo(HighlightKind.FUNCTION);
        assertThat(kindAt(runs, TEXT.indexOf("not a"))).isEqualTo(HighlightKind.STRING);
        assertThat(HighlightKind.BLOCK_TYPE.styleClass()).isEqualTo("hcl-block-type");
    }

    private static HighlightKind kindAt(List<HighlightRun> runs, int offset) {
        return runs.stream().filter(r -> r.start() <= offset && offset < r.end()).findFirst().orElseThrow().kind();
    }
}
