package io.dataops.workbench.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profile names, and their regions, of the standard AWS config ({@code ~/.aws/config} or
 * {@code AWS_CONFIG_FILE}) and credentials files ({@code ~/.aws/credentials} or
 * {@code AWS_SHARED_CREDENTIALS_FILE}). Only names and regions are read: no key ever leaves the files.
 */
public final class AwsProfiles {

    /** The commercial regions offered when a profile names none. */
    public static final List<String> KNOWN_REGIONS = List.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1",
            "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1",
            "ap-southeast-2", "sa-east-1", "me-south-1", "af-south-1");

    private final Map<String, Optional<String>> regionsByProfile;

    private AwsProfiles(Map<String, Optional<String>> regionsByProfile) {
        this.regionsByProfile = regionsByProfile;
    }

    /** Reads the files the AWS CLI would read for this environment and home directory; missing files are empty. */
    public static AwsProfiles load(Map<String, String> environment, Path home) {
        Path config = fileFrom(environment, "AWS_CONFIG_FILE", home.resolve(".aws").resolve("config"));
        Path credentials = fileFrom(environment, "AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws").resolve("credentials"));
        return parse(read(config), read(credentials));
    }

    public static AwsProfiles loadDefault() {
        return load(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Parses the text of a config file and a credentials file. */
    public static AwsProfiles parse(String configText, String credentialsText) {
        Map<String, Optional<String>> profiles = new LinkedHashMap<>();
        readSections(configText, true, profiles);
        readSections(credentialsText, false, profiles);
        return new AwsProfiles(profiles);
    }

    /** Profile names in file order, {@code default} first when present. */
    public List<String> names() {
        List<String> names = new ArrayList<>(regionsByProfile.keySet());
        if (names.remove("default")) {
            names.add(0, "default");
        }
        return List.copyOf(names);
    }

    public Optional<String> region(String profile) {
        return regionsByProfile.getOrDefault(profile, Optional.empty());
    }

    private static void readSections(String text, boolean configFile, Map<String, Optional<String>> profiles) {
        String current = null;
        for (String rawLine : text.split("\\R")) {
            String line = stripComment(rawLine).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = profileName(line.substring(1, line.length() - 1).trim(), configFile);
                if (current != null) {
                    profiles.putIfAbsent(current, Optional.empty());
                }
            } else if (current != null && configFile) {
                int equals = line.indexOf('=');
                if (equals > 0 && line.substring(0, equals).trim().equals("region")) {
                    String region = line.substring(equals + 1).trim();
                    if (!region.isEmpty()) {
                        profiles.put(current, Optional.of(region));
                    }
                }
            }
        }
    }

    /** {@code [default]} and {@code [profile x]} in config; {@code [x]} in credentials; other sections are not profiles. */
    private static String profileName(String section, boolean configFile) {
        if (!configFile) {
            return section.isEmpty() ? null : section;
        }
        if (section.equals("default")) {
            return section;
        }
        if (section.startsWith("profile ") || section.startsWith("profile\t")) {
            String name = section.substring("profile".length()).trim();
            return name.isEmpty() ? null : name;
        }
        return null;
    }

    private static String stripComment(String line) {
        String trimmed = line.stripLeading();
        return trimmed.startsWith("#") || trimmed.startsWith(";") ? "" : line;
    }

    private static Path fileFrom(Map<String, String> environment, String variable, Path fallback) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
