package io.dataops.workbench.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gutter's marks: each changed resource found at its block's header, in the root module and in local modules. */
class BlockActionsTest {

    @TempDir
    Path project;

    static String change(String address, String module, String mode, String type, String name, String actions,
                         String extra) {
        return """
                {"address":"%s",%s"mode":"%s","type":"%s","name":"%s",
                 "change":{"actions":[%s],"before":null,"after":{}}%s}
                """.formatted(address, module.isEmpty() ? "" : "\"module_address\":\"" + module + "\",", mode, type,
                name, actions, extra);
    }

    private Plan plan(String... changes) {
        String json = "{\"format_version\":\"1.2\",\"resource_changes\":[" + String.join(",", changes) + "],"
                + "\"configuration\":{\"root_module\":{\"module_calls\":{\"site\":{\"source\":\"./modules/site\","
                + "\"module\":{\"module_calls\":{\"cdn\":{\"source\":\"../cdn\"}}}},"
                + "\"remote\":{\"source\":\"hashicorp/consul/aws\"}}}}}";
        return PlanJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void marksEachChangedBlockAtItsHeaderWithTheStrongestActionOfItsInstances() throws IOException {
        Files.writeString(project.resolve("a.tf"), """
                # comment
                resource "aws_s3_bucket" "logs" {
                  bucket = "logs"
                }

                  resource  "aws_instance"   "web"   {
                  count = 2
                }
                data "aws_ami" "ubuntu" {}
                resource "aws_iam_role" "same" {}
                """);
        Files.createDirectories(project.resolve("modules/site"));
        Files.createDirectories(project.resolve("modules/cdn"));
        Path site = project.resolve("modules/site/main.tf");
        Files.writeString(site, "variable \"x\" {}\n\nresource \"aws_s3_bucket\" \"logs\" {}\n");
        Path cdn = project.resolve("modules/cdn/z.tf");
        Files.writeString(cdn, "resource \"aws_cloudfront_distribution\" \"this\" {}\n");
        Plan plan = plan(
                change("aws_s3_bucket.logs", "", "managed", "aws_s3_bucket", "logs", "\"create\"", ""),
                change("aws_instance.web[0]", "", "managed", "aws_instance", "web", "\"update\"", ""),
                change("aws_instance.web[1]", "", "managed", "aws_instance", "web", "\"delete\",\"create\"",
                        ",\"action_reason\":\"replace_because_tainted\""),
                change("data.aws_ami.ubuntu", "", "data", "aws_ami", "ubuntu", "\"read\"", ""),
                change("aws_iam_role.same", "", "managed", "aws_iam_role", "same", "\"no-op\"", ""),
                change("module.site.aws_s3_bucket.logs", "module.site", "managed", "aws_s3_bucket", "logs",
                        "\"delete\"", ""),
                change("module.site.module.cdn.aws_cloudfront_distribution.this", "module.site.module.cdn",
                        "managed", "aws_cloudfront_distribution", "this", "\"update\"", ""),
                change("module.remote.aws_instance.x", "module.remote", "managed", "aws_instance", "x",
                        "\"create\"", ""));

        BlockActions actions = BlockActions.of(project, plan);

        Path root = project.resolve("a.tf");
        assertThat(actions.at(root, 2)).map(BlockActions.Mark::action).contains(PlanAction.CREATE);
        BlockActions.Mark web = actions.at(root, 6).orElseThrow();
        assertThat(web.action()).isEqualTo(PlanAction.DELETE_THEN_CREATE);
        assertThat(web.details()).containsExactly("aws_instance.web[0]: ~ update",
                "aws_instance.web[1]: -/+ replace (destroy, then create) (" + ActionReasons.words("replace_because_tainted") + ")");
        assertThat(actions.at(root, 9)).map(BlockActions.Mark::action).contains(PlanAction.READ);
        assertThat(actions.at(root, 10)).as("an unchanged block has no mark").isEmpty();
        assertThat(actions.in(root)).hasSize(3);
        assertThat(actions.at(site, 3)).map(BlockActions.Mark::action).contains(PlanAction.DELETE);
        assertThat(actions.at(project.resolve("modules/site/../cdn/z.tf"), 1)).map(BlockActions.Mark::action)
                .contains(PlanAction.UPDATE);
        assertThat(BlockActions.none().isEmpty()).isTrue();
    }
}
