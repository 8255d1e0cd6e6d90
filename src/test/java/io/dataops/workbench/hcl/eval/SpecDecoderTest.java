package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.eval.decode.DecodeSpec;
import io.dataops.workbench.hcl.eval.decode.SpecDecoder;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.tree.ConfigFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Decoding bodies with specs (hcldec): values, absent parts as typed nulls, and schema errors. */
class SpecDecoderTest {

    private static final DecodeSpec SPEC = new DecodeSpec.ObjectSpec(Map.of(
            "name", new DecodeSpec.AttrSpec("name", HclType.STRING, true),
            "size", new DecodeSpec.AttrSpec("size", HclType.NUMBER, false),
            "rules", new DecodeSpec.BlockListSpec("rule", new DecodeSpec.ObjectSpec(Map.of(
                    "port", new DecodeSpec.AttrSpec("port", HclType.NUMBER, true))), 0, 0),
            "tags", new DecodeSpec.BlockMapSpec("tag", List.of("key"), new DecodeSpec.AttrSpec("value", HclType.STRING, false))));

    private static Evaluation decode(String source) {
        ConfigFile file = HclParser.parse(source, "in.hcl");
        assertFalse(file.hasErrors(), () -> file.diagnostics().toString());
        return SpecDecoder.decode(file.body(), SPEC, EvalContext.NONE);
    }

    @Test
    void decodesAttributesBlockListsAndBlockMaps() {
        Evaluation e = decode("name = \"a\"\nrule {\n  port = \"80\"\n}\nrule {\n  port = 443\n}\ntag \"env\" {\n  value = \"prod\"\n}\n");
        assertFalse(e.hasErrors(), () -> e.diagnostics().toString());
        assertEquals("{\"name\" = \"a\", \"rules\" = tolist([{\"port\" = 80}, {\"port\" = 443}]), \"size\" = null, "
                + "\"tags\" = {\"env\" = \"prod\"}}", e.value().toString());
        assertEquals(HclType.NUMBER, ((HclType.ObjectType) e.value().type()).attributes().get("size"));
    }

    @Test
    void reportsMissingUnexpectedAndWronglyTypedContent() {
        Evaluation e = decode("size = \"big\"\nother = 1\nblock {}\n");
        List<String> summaries = e.diagnostics().stream().map(d -> d.summary()).sorted().toList();
        assertEquals(List.of("Incorrect attribute value type", "Missing required argument", "Unsupported argument",
                "Unsupported block type"), summaries);
    }
}
