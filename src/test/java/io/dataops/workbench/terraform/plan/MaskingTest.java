package io.dataops.workbench.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.UserFacingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Sensitive marks at any depth mask the value in every form the workbench writes; format checks. */
class MaskingTest {

    static final String PLAN = """
            {"format_version":"1.2","terraform_version":"1.11.4","some_future_field":{"x":[1,2]},
             "variables":{"db_password":{"value":"s3cr3t-var"}},
             "resource_changes":[{"address":"aws_db_instance.db","mode":"managed","type":"aws_db_instance",
               "name":"db","provider_name":"registry.terraform.io/hashicorp/aws","unknown_field":1,
               "change":{"actions":["update"],
                 "before":{"name":"db","password":"s3cr3t-old","tags":{"env":"dev","token":"s3cr3t-tag"},"ports":[1,2]},
                 "after":{"name":"db2","password":"s3cr3t-new","tags":{"env":"prod","token":"s3cr3t-tag2"},"ports":[1,3]},
                 "after_unknown":{"arn":true},
                 "before_sensitive":{"password":true,"tags":{"token":true},"ports":[false,true]},
                 "after_sensitive":{"password":true,"tags":{"token":true},"ports":[false,true]}},
               "action_reason":"replace_because_a_future_reason"}],
             "output_changes":{"conn":{"actions":["create"],"before":null,"after":{"user":"u","pw":"s3cr3t-out"},
               "after_unknown":false,"before_sensitive":false,"after_sensitive":{"pw":true}}},
             "configuration":{"root_module":{"variables":{"db_password":{"sensitive":true}}}},
             "errored":false}
            """;

    @Test
    void sensitiveValuesAreMaskedAtEveryDepthAndUnknownFieldsIgnored() {
        Plan plan = read(PLAN);
        ResourceChange db = plan.resourceChanges().get(0);
        assertThat(db.reasonWords()).isEqualTo(ActionReasons.UNSPECIFIED);
        assertThat(db.changedPaths()).contains("name", "password", "tags.env", "tags.token", "ports[1]", "arn");
        assertThat(db.attributes().get(0).isChanged()).isTrue();
        String all = PlanModelJson.write(plan) + PlanModelJson.normalized(plan, ToolFlavor.TERRAFORM)
                + PlanText.write(plan, ToolFlavor.TERRAFORM);
        assertThat(all).doesNotContain("s3cr3t").contains(AttributeDiff.SENSITIVE).contains("(known after apply)");
        assertThat(plan.outputChanges().get(0).after()).contains("(sensitive value)").contains("\"u\"");
        assertThat(plan.sensitiveVariables()).containsExactly("db_password");
        assertThat(plan.summaryLine()).isEqualTo("Plan: 0 to add, 1 to change, 0 to destroy.");
    }

    @Test
    void aPlanKeepsNoSecretWhileItsDiffsWaitToBeBuilt() {
        ResourceChange db = read(PLAN).resourceChanges().get(0);
        DeferredAttributes pending = (DeferredAttributes) db.attributes();
        assertThat(pending.isBuilt()).isFalse();
        assertThat(pending.pendingText()).contains("db2").doesNotContain("s3cr3t");
        // A secret that changed is still a change, one that did not is not: the masks keep equality only.
        assertThat(db.changedPaths()).contains("password", "tags.token", "ports[1]");
        assertThat(pending.isBuilt()).isTrue();
        ResourceChange same = read(PLAN.replace("s3cr3t-new", "s3cr3t-old")).resourceChanges().get(0);
        assertThat(same.changedPaths()).doesNotContain("password").contains("tags.token");
    }

    @Test
    void anotherMajorFormatVersionIsRefusedClearly() {
        assertThatThrownBy(() -> read("{\"format_version\":\"2.0\",\"resource_changes\":[]}"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("format_version 2.0")
                .hasMessageContaining("1.x");
    }

    @Test
    void notJsonIsRefusedClearly() {
        assertThatThrownBy(() -> read("Plan: 1 to add")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not a Terraform plan");
    }

    @Test
    void deleteThenCreateAndOtherActionListsMap() {
        assertThat(PlanAction.fromJson(java.util.List.of("create", "delete"))).isEqualTo(PlanAction.CREATE_THEN_DELETE);
        assertThat(PlanAction.fromJson(java.util.List.of("create", "forget"))).isEqualTo(PlanAction.CREATE_THEN_FORGET);
        assertThat(PlanAction.fromJson(java.util.List.of("read"))).isEqualTo(PlanAction.READ);
        assertThat(PlanAction.fromJson(java.util.List.of("teleport"))).isEqualTo(PlanAction.UNKNOWN);
    }

    static Plan read(String json) {
        return PlanJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
