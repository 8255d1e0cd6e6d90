package io.dataops.workbench.monitor.export;

import io.dataops.workbench.monitor.dashboard.CloudWatchDashboardBody;
import io.dataops.workbench.monitor.dashboard.Dashboard;

/**
 * A workbench dashboard as an {@code aws_cloudwatch_dashboard} resource. Alarm widgets need the account id in
 * their ARNs: Terraform fills it in from {@code data.aws_caller_identity.current}, so the file works in
 * whichever account it is applied to and no account id is written down here.
 */
public final class DashboardTerraform {

    private static final String ACCOUNT_MARK = "__DATAOPS_ACCOUNT_ID__";
    private static final String ACCOUNT_DATA = "data \"aws_caller_identity\" \"current\" {}\n\n";

    private DashboardTerraform() {
    }

    public static String of(Dashboard dashboard, String region) {
        String body = CloudWatchDashboardBody.of(dashboard, region,
                alarm -> "arn:aws:cloudwatch:" + region + ":" + ACCOUNT_MARK + ":alarm:" + alarm);
        String hcl = TerraformExport.dashboard(dashboard.name(), body);
        if (!hcl.contains(ACCOUNT_MARK)) {
            return hcl;
        }
        // The heredoc escapes "${" in the body, so the interpolation goes in after the export.
        return ACCOUNT_DATA + hcl.replace(ACCOUNT_MARK, "${data.aws_caller_identity.current.account_id}");
    }
}
