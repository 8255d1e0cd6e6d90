package io.dataops.workbench.common.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the log to {@code <workspace>/logs/workbench.log} (rolling by size), but only once the workspace
 * directory exists: a command that needs no workspace ({@code --version}, {@code --help}) must not create
 * it, and a workspace created during the run starts receiving the log as soon as it is there.
 * Configured in {@code logback.xml}; the log directory comes from the {@code dataops.log.dir} system
 * property that the launcher sets before the first logger is made. Without it, file logging is off.
 */
public final class WorkspaceLogFileAppender extends AppenderBase<ILoggingEvent> {

    public static final String LOG_DIR_PROPERTY = "dataops.log.dir";
    public static final String FILE_NAME = "workbench.log";

    private String directory = "";
    private String pattern = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";
    private String maxFileSize = "10MB";
    private int maxBackups = 5;

    private RollingFileAppender<ILoggingEvent> file;
    private boolean failed;

    public void setDirectory(String directory) {
        this.directory = directory == null ? "" : directory.trim();
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setMaxFileSize(String maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    public void setMaxBackups(int maxBackups) {
        this.maxBackups = maxBackups;
    }

    @Override
    public void start() {
        if (directory.isEmpty() || directory.contains("_IS_UNDEFINED")) {
            addInfo("No " + LOG_DIR_PROPERTY + " set: logging to a file is off.");
            directory = "";
        }
        super.start();
    }

    @Override
    public void stop() {
        if (file != null) {
            file.stop();
            file = null;
        }
        super.stop();
    }

    /** Called under the lock of {@link AppenderBase#doAppend}. */
    @Override
    protected void append(ILoggingEvent event) {
        if (file == null && !failed && !directory.isEmpty()) {
            file = openWhenWorkspaceExists(Path.of(directory));
        }
        if (file != null) {
            file.doAppend(event);
        }
    }

    private RollingFileAppender<ILoggingEvent> openWhenWorkspaceExists(Path logDirectory) {
        Path workspace = logDirectory.toAbsolutePath().getParent();
        if (workspace == null || !Files.isDirectory(workspace)) {
            return null;
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(getContext());
        appender.setName(getName() + "-rolling");
        appender.setFile(logDirectory.resolve(FILE_NAME).toString());
        appender.setEncoder(encoder());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(getContext());
        rolling.setParent(appender);
        rolling.setFileNamePattern(logDirectory.resolve("workbench.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(maxBackups);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(getContext());
        trigger.setMaxFileSize(FileSize.valueOf(maxFileSize));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        if (!appender.isStarted()) {
            failed = true;
            addWarn("Could not open the log file in " + logDirectory + "; logging to the console only.");
            return null;
        }
        return appender;
    }

    private PatternLayoutEncoder encoder() {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(getContext());
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
