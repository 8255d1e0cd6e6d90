package io.dataops.workbench.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Drift is kept only where a changed attribute touches one of the plan's relevant attributes, as Terraform shows it. */
class RelevantDriftTest {

    private static String drifted(String address, String before, String after, String action) {
        return """
                {"address":"%s","mode":"managed","type":"aws_instance","name":"%s",
                 "change":{"actions":["%s"],"before":%s,"after":%s,"after_unknown":{},
                   "before_sensitive":{},"after_sensitive":{}}}
                """.formatted(address, address.substring(address.indexOf('.') + 1), action, before, after);
    }

    private static Plan plan(String relevant, String... drift) {
        String json = "{\"format_version\":\"1.2\",\"resource_changes\":[],\"resource_drift\":["
                + String.join(",", drift) + "]" + (relevant == null ? "" : ",\"relevant_attributes\":" + relevant) + "}";
        return PlanJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String WEB = drifted("aws_instance.web",
            "{\"ami\":\"a-1\",\"tags\":{\"Name\":\"web\",\"Owner\":\"ann\"},\"ports\":[80,443]}",
            "{\"ami\":\"a-1\",\"tags\":{\"Name\":\"web\",\"Owner\":\"bob\"},\"ports\":[80,8443]}", "update");

    @Test
    void driftOnlyInAttributesNothingReadsIsLeftOut() {
        Plan plan = plan("[{\"resource\":\"aws_instance.web\",\"attribute\":[\"ami\"]},"
                + "{\"resource\":\"aws_instance.web\",\"attribute\":[\"tags\",\"Name\"]}]", WEB);
        assertThat(plan.drift()).isEmpty();
        assertThat(plan.counts().drift()).isZero();
    }

    @Test
    void driftUnderOrAboveARelevantPathIsKept() {
        assertThat(plan("[{\"resource\":\"aws_instance.web\",\"attribute\":[\"tags\"]}]", WEB).drift())
                .extracting(ResourceChange::address).containsExactly("aws_instance.web");
        assertThat(plan("[{\"resource\":\"aws_instance.web\",\"attribute\":[\"ports\",1]}]", WEB).counts().drift())
                .isEqualTo(1);
        assertThat(plan("[{\"resource\":\"aws_instance.web\",\"attribute\":[]}]", WEB).drift()).hasSize(1);
        // "tag" is not a parent of "tags.Owner": paths match by whole steps.
        assertThat(plan("[{\"resource\":\"aws_instance.web\",\"attribute\":[\"tag\"]}]", WEB).drift()).isEmpty();
        // The index must match too: ports[0] did not drift.
        assertThat(plan("[{\"resource\":\"aws_instance.web\",\"attribute\":[\"ports\",0]}]", WEB).drift()).isEmpty();
    }

    @Test
    void relevanceIsPerResourceAndADeletedResourceCountsWhenAnythingDependsOnIt() {
        String gone = drifted("aws_instance.db", "{\"ami\":\"a-2\"}", "null", "delete");
        String relevant = "[{\"resource\":\"aws_instance.db\",\"attribute\":[\"ami\"]},"
                + "{\"resource\":\"aws_instance.other\",\"attribute\":[\"tags\"]}]";
        Plan plan = plan(relevant, WEB, gone);
        assertThat(plan.drift()).extracting(ResourceChange::address).containsExactly("aws_instance.db");
        assertThat(plan.counts().drift()).isEqualTo(1);
        assertThat(PlanText.write(plan, ToolFlavor.TERRAFORM)).contains("aws_instance.db")
                .doesNotContain("aws_instance.web");
    }

    @Test
    void withoutRelevantAttributesNoDriftIsReported() {
        assertThat(plan(null, WEB).drift()).isEmpty();
    }

    @Test
    void pathMatchingGoesByWholeSteps() {
        assertThat(RelevantAttributes.within("tags.Name", "tags")).isTrue();
        assertThat(RelevantAttributes.within("rule[0].port", "rule")).isTrue();
        assertThat(RelevantAttributes.within("rule[0].port", "rule[0]")).isTrue();
        assertThat(RelevantAttributes.within("rules", "rule")).isFalse();
        assertThat(RelevantAttributes.within("rule[1]", "rule[10]")).isFalse();
        assertThat(RelevantAttributes.within("anything", "")).isTrue();
    }
}
