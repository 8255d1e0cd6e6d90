package io.dataops.workbench.monitor.alarm;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.Datapoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-period datapoints as CSV: a header {@code timestamp,value}, then one row per period that has data
 * (timestamp = the period's start as an ISO-8601 UTC instant). Errors say file, line and what to fix.
 */
public final class DatapointCsv {

    private DatapointCsv() {
    }

    public static List<Datapoint> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new UserFacingException("The datapoints file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the datapoints file " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<Datapoint> read(Reader in, String where) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String header = reader.readLine();
        if (header == null || !header.replace("\uFEFF", "").trim().replace(" ", "").equalsIgnoreCase("timestamp,value")) {
            throw new UserFacingException(where + " line 1: the header must be 'timestamp,value' (found '"
                    + (header == null ? "" : header) + "').");
        }
        List<Datapoint> points = new ArrayList<>();
        Set<Instant> seen = new HashSet<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                throw new UserFacingException(where + " line " + number + ": expected 2 columns (timestamp,value), found "
                        + cells.length + ".");
            }
            Instant timestamp = timestamp(cells[0].trim(), where, number);
            double value = value(cells[1].trim(), where, number);
            if (!seen.add(timestamp)) {
                throw new UserFacingException(where + " line " + number + ": timestamp " + timestamp
                        + " appears twice; give one aggregated value per period.");
            }
            points.add(new Datapoint(timestamp, value));
        }
        points.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
        return points;
    }

    /** Fails unless every timestamp is a period start aligned to the epoch, as CloudWatch's are. */
    public static void requireAligned(List<Datapoint> points, long periodSeconds, String where) {
        for (Datapoint point : points) {
            if (point.timestamp().getNano() != 0 || point.timestamp().getEpochSecond() % periodSeconds != 0) {
                throw new UserFacingException(where + ": timestamp " + point.timestamp() + " is not the start of a "
                        + periodSeconds + " s period (periods are aligned to the epoch, e.g. "
                        + Instant.ofEpochSecond(Math.floorDiv(point.timestamp().getEpochSecond(), periodSeconds)
                        * periodSeconds) + ").");
            }
        }
    }

    private static Instant timestamp(String text, String where, int line) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(where + " line " + line + ": '" + text
                    + "' is not an ISO-8601 UTC instant such as 2026-11-24T06:00:00Z.", e);
        }
    }

    private static double value(String text, String where, int line) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UserFacingException(where + " line " + line + ": '" + text + "' is not a number.", e);
        }
    }
}
