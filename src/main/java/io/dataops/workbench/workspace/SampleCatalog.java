package io.dataops.workbench.workspace;

import java.util.List;

/** The samples a new workspace is filled with, by the names other parts of the workbench look for. */
public final class SampleCatalog {

    /** Folder under {@code <workspace>/samples/}: the AWS tutorial-style project, needs the AWS provider. */
    public static final String TERRAFORM_LEARNING = "terraform-learning";

    /** Folder under {@code <workspace>/samples/}: plans and applies with no network. */
    public static final String TERRAFORM_OFFLINE = "terraform-offline";

    /** The payments table in the workspace database, as a data-quality project's location. */
    public static final String PAYMENTS_TABLE = "SAMPLES.PAYMENT";

    public static final String TERRAFORM_LEARNING_NAME = "Terraform basics: EC2 web server (sample)";
    public static final String TERRAFORM_OFFLINE_NAME = "Terraform offline (sample)";
    public static final String PAYMENTS_NAME = "Payments (sample data)";

    /** The quality problems planted in the payments table, for checks and suggestions to find. */
    public static final List<String> PAYMENTS_PLANTED_PROBLEMS = List.of(
            PaymentsSample.NULL_AMOUNTS + " payments with a null amount",
            "1 payment with a negative amount (-4.99)",
            "1 payment_id that appears twice (" + PaymentsSample.DUPLICATED_PAYMENT_ID + ")",
            "1 payment_date in the future (year 2205, a typo of 2005)",
            "1 payment by an unknown staff_id (" + PaymentsSample.UNKNOWN_STAFF_ID + "; staff are 1 and 2)",
            "1 extreme outlier amount (" + PaymentsSample.OUTLIER_AMOUNT + ")");

    private SampleCatalog() {
    }
}
