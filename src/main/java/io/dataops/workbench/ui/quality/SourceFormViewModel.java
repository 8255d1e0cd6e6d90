package io.dataops.workbench.ui.quality;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.FileFormat;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.JdbcSource;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of the add/edit form of one data source. The typed password lives only here, in memory,
 * until {@link #build} encrypts it (or the user picked an environment variable instead).
 */
public final class SourceFormViewModel {

    private final SourceKind kind;
    private final Optional<DataSource> original;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final ObjectProperty<FileFormat> format = new SimpleObjectProperty<>();
    private final StringProperty delimiter = new SimpleStringProperty(CsvChoices.DETECT);
    private final StringProperty header = new SimpleStringProperty(CsvChoices.DETECT);
    private final StringProperty quote = new SimpleStringProperty(CsvChoices.DETECT);
    private final StringProperty encoding = new SimpleStringProperty(CsvChoices.DETECT);
    private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper("");
    private final ObjectProperty<JdbcTemplate> template = new SimpleObjectProperty<>(JdbcTemplate.POSTGRESQL);
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<PasswordMode> passwordMode = new SimpleObjectProperty<>(PasswordMode.NONE);
    private final StringProperty passwordVariable = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");

    private SourceFormViewModel(SourceKind kind, Optional<DataSource> original) {
        this.kind = kind;
        this.original = original;
        // The format follows the file name until the user picks one.
        location.addListener((obs, old, now) -> FileFormat.fromName(now).ifPresent(format::set));
        template.addListener((obs, old, now) -> {
            if (now != null && (url.get().isBlank() || old != null && url.get().equals(old.exampleUrl()))) {
                url.set(now.exampleUrl());
            }
        });
    }

    public static SourceFormViewModel newSource(SourceKind kind) {
        SourceFormViewModel form = new SourceFormViewModel(kind, Optional.empty());
        if (kind == SourceKind.DATABASE) {
            form.url.set(JdbcTemplate.POSTGRESQL.exampleUrl());
        }
        return form;
    }

    public static SourceFormViewModel edit(DataSource source) {
        SourceKind kind = source instanceof FileSource ? SourceKind.FILE : SourceKind.DATABASE;
        SourceFormViewModel form = new SourceFormViewModel(kind, Optional.of(source));
        form.name.set(source.name());
        if (source instanceof FileSource file) {
            form.location.set(file.location());
            form.format.set(file.format());
            form.delimiter.set(CsvChoices.delimiter(file.csv().delimiter()));
            form.header.set(CsvChoices.header(file.csv().header()));
            form.quote.set(CsvChoices.quote(file.csv().quote()));
            form.encoding.set(CsvChoices.encoding(file.csv().encoding()));
        } else if (source instanceof JdbcSource jdbc) {
            form.template.set(JdbcTemplate.of(jdbc.url()));
            form.url.set(jdbc.url());
            form.user.set(jdbc.user());
            if (jdbc.password() instanceof SecretRef.EnvVariable env) {
                form.passwordMode.set(PasswordMode.ENVIRONMENT);
                form.passwordVariable.set(env.variable());
            } else if (jdbc.password() instanceof SecretRef.Encrypted) {
                form.passwordMode.set(PasswordMode.KEEP);
            }
        }
        return form;
    }

    public SourceKind kind() {
        return kind;
    }

    /** The name of the source being edited, empty for a new one. */
    public Optional<String> originalName() {
        return original.map(DataSource::name);
    }

    /**
     * The source as the form describes it. A typed password is encrypted here (which creates the key file
     * on first use), so call it off the FX thread. Throws a user-facing error for a missing field.
     */
    public DataSource build(SecretCipher cipher) {
        String sourceName = name.get().strip();
        if (sourceName.isEmpty()) {
            throw new UserFacingException("Give the data source a name.");
        }
        return kind == SourceKind.FILE ? fileSource(sourceName) : jdbcSource(sourceName, cipher);
    }

    /** The file source for CSV detection and connection tests, named after its location if unnamed. */
    public FileSource fileSource(String sourceName) {
        String path = location.get().strip();
        if (path.isEmpty()) {
            throw new UserFacingException("Choose a file (or a glob such as data/*.csv).");
        }
        FileFormat fileFormat = Optional.ofNullable(format.get()).orElseThrow(() -> new UserFacingException(
                "Pick the file format: the name of " + path + " does not tell."));
        FileSource source = new FileSource(sourceName.isEmpty() ? path : sourceName, path, fileFormat,
                io.dataops.workbench.quality.source.CsvOptions.detect());
        if (!fileFormat.isDelimitedText()) {
            return source;
        }
        try {
            return source.withCsv(CsvChoices.toOptions(delimiter.get(), header.get(), quote.get(), encoding.get()));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private JdbcSource jdbcSource(String sourceName, SecretCipher cipher) {
        String jdbcUrl = url.get().strip();
        if (!jdbcUrl.startsWith("jdbc:") || jdbcUrl.equals("jdbc:")) {
            throw new UserFacingException("Enter a JDBC URL, such as " + JdbcTemplate.POSTGRESQL.exampleUrl() + ".");
        }
        return new JdbcSource(sourceName, jdbcUrl, user.get().strip(), passwordRef(cipher));
    }

    private SecretRef passwordRef(SecretCipher cipher) {
        return switch (passwordMode.get()) {
            case NONE -> SecretRef.none();
            case ENVIRONMENT -> {
                String variable = passwordVariable.get().strip().replaceFirst("^\\$\\{env:(.*)}$", "$1");
                if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new UserFacingException("Name the environment variable that holds the password"
                            + " (letters, digits and _), e.g. PGPASSWORD.");
                }
                yield SecretRef.env(variable);
            }
            case ENCRYPTED -> {
                if (password.get().isEmpty()) {
                    throw new UserFacingException("Type the password to encrypt, or choose another way to give it.");
                }
                yield cipher.encrypt(password.get());
            }
            case KEEP -> original.filter(JdbcSource.class::isInstance).map(s -> ((JdbcSource) s).password())
                    .orElse(SecretRef.none());
        };
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<FileFormat> formatProperty() {
        return format;
    }

    public StringProperty delimiterProperty() {
        return delimiter;
    }

    public StringProperty headerProperty() {
        return header;
    }

    public StringProperty quoteProperty() {
        return quote;
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    /** What CSV detection found, for the user to confirm or override. */
    public ReadOnlyStringProperty detectedProperty() {
        return detected.getReadOnlyProperty();
    }

    void setDetected(String text) {
        detected.set(text);
    }

    public ObjectProperty<JdbcTemplate> templateProperty() {
        return template;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<PasswordMode> passwordModeProperty() {
        return passwordMode;
    }

    public StringProperty passwordVariableProperty() {
        return passwordVariable;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Whether KEEP makes sense: editing a source that has an encrypted password. */
    public boolean hasSavedPassword() {
        return original.filter(JdbcSource.class::isInstance)
                .map(s -> ((JdbcSource) s).password() instanceof SecretRef.Encrypted).orElse(false);
    }
}
