package io.dataops.workbench.cli;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretRef;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.CsvOptions;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.FileFormat;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.JdbcSource;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code dataops profile} that describe an ad-hoc source: CSV reading, JDBC user and password. */
final class ProfileSourceOptions {

    @Option(names = "--file-format", paramLabel = "FORMAT",
            description = "csv, tsv, parquet, json or jsonl, when the file name does not tell.")
    String fileFormat;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter (default: detected; \\t for tab).")
    String delimiter;

    @Option(names = "--header", negatable = true, description = "Whether the CSV's first line is a header (default: detected).")
    Boolean header;

    @Option(names = "--quote", paramLabel = "CHAR", description = "CSV quote character (default: detected).")
    String quote;

    @Option(names = "--encoding", paramLabel = "NAME", description = "utf-8, utf-16 or latin-1 (default: detected).")
    String encoding;

    @Option(names = "--user", paramLabel = "USER", description = "Database user for a JDBC URL.")
    String user;

    @Option(names = "--password-env", paramLabel = "NAME",
            description = "Environment variable holding the database password (never give it on the command line).")
    String passwordEnv;

    /** A name with no path separator, no extension we read and no such file: a workspace data source. */
    static boolean looksLikeWorkspaceName(String source) {
        return !source.contains("/") && !source.contains("\\") && FileFormat.fromName(source).isEmpty()
                && !Files.exists(Path.of(source));
    }

    DataSource adHocSource(String source) {
        try {
            if (source.startsWith("jdbc:")) {
                SecretRef password = passwordEnv == null ? SecretRef.none() : SecretRef.env(passwordEnv);
                return new JdbcSource(source, source, user == null ? "" : user, password);
            }
            FileFormat format = fileFormat != null ? FileFormat.parse(fileFormat)
                    : FileFormat.fromName(source).orElseThrow(() -> new UserFacingException("Cannot tell the format of "
                    + source + " from its name; give --file-format csv|tsv|parquet|json|jsonl."));
            return new FileSource(source, source, format, csvOptions());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private CsvOptions csvOptions() {
        CsvOptions csv = CsvOptions.detect();
        if (delimiter != null) {
            csv = csv.withDelimiter(singleCharacter("--delimiter", delimiter.equals("\\t") ? "\t" : delimiter));
        }
        if (quote != null) {
            csv = csv.withQuote(singleCharacter("--quote", quote));
        }
        if (header != null) {
            csv = csv.withHeader(header);
        }
        return encoding == null ? csv : csv.withEncoding(encoding);
    }

    private static char singleCharacter(String option, String value) {
        if (value.length() != 1) {
            throw new UserFacingException(option + " takes one character, not '" + value + "'.");
        }
        return value.charAt(0);
    }

    /** Passwords of ad-hoc URLs come from the environment only; the key file is never created here. */
    static SecretResolver environmentSecrets() {
        return new SecretResolver(System.getenv(), new SecretCipher(SecretKeyFile.inUserConfig(System.getenv())));
    }
}
