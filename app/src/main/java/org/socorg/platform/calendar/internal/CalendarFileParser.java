package org.socorg.platform.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.socorg.platform.calendar.CalendarDataException;

/**
 * Reads {@code china-public-holidays.json}-style files and rejects anything that could turn into
 * a wrong deadline later. All problems found are reported together, so one edit of the file can
 * fix them.
 */
public final class CalendarFileParser {

    static final String HOLIDAYS = "holidays";
    static final String ADJUSTED_WORKING_DAYS = "adjusted_working_days";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    // A repeated year key would otherwise silently replace the first one's dates.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CalendarFileParser() {
    }

    /**
     * Parses and validates the file.
     *
     * @param json   the content; not closed
     * @param source the file's name, for messages
     * @return the validated data
     * @throws CalendarDataException naming {@code source} and the offending entries
     */
    public static CalendarData parse(InputStream json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new CalendarDataException(
                    "Working-day calendar " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CalendarDataException("Working-day calendar " + source + " cannot be read: " + e, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CalendarDataException("Working-day calendar " + source + " is empty");
        }

        List<String> problems = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> adjusted = new HashSet<>();

        JsonNode yearsNode = root.path("years");
        if (!yearsNode.isObject()) {
            problems.add("the top-level \"years\" object is missing");
        } else {
            for (Map.Entry<String, JsonNode> entry : yearsNode.properties()) {
                readYear(entry.getKey(), entry.getValue(), years, holidays, adjusted, problems);
            }
        }

        if (!problems.isEmpty()) {
            throw new CalendarDataException("Invalid working-day calendar " + source + ":\n  - "
                    + String.join("\n  - ", problems));
        }
        return new CalendarData(years, holidays, adjusted);
    }

    private static void readYear(String key, JsonNode node, Set<Integer> years, Set<LocalDate> allHolidays,
                                 Set<LocalDate> allAdjusted, List<String> problems) {
        if (!YEAR.matcher(key).matches()) {
            problems.add("years key \"" + key + "\" is not a four-digit year");
            return;
        }
        int year = Integer.parseInt(key);
        if (!node.isObject()) {
            problems.add("year " + key + " is not an object with \"" + HOLIDAYS + "\" and \""
                    + ADJUSTED_WORKING_DAYS + "\"");
            return;
        }
        // A misspelt key would otherwise be ignored and its dates lost without a trace.
        node.properties().stream().map(Map.Entry::getKey).forEach(name -> {
            if (!name.equals(HOLIDAYS) && !name.equals(ADJUSTED_WORKING_DAYS)) {
                problems.add("year " + key + " has unexpected field \"" + name + "\" (expected only \""
                        + HOLIDAYS + "\" and \"" + ADJUSTED_WORKING_DAYS + "\")");
            }
        });

        Map<LocalDate, String> holidays = readDates(year, HOLIDAYS, node.get(HOLIDAYS), problems);
        Map<LocalDate, String> adjusted = readDates(year, ADJUSTED_WORKING_DAYS, node.get(ADJUSTED_WORKING_DAYS), problems);

        if (node.has(HOLIDAYS) && node.get(HOLIDAYS).isArray() && node.get(HOLIDAYS).isEmpty()) {
            // An empty placeholder would make the year "known" and hide the weekends-only guess.
            problems.add("year " + key + " lists no holidays; leave the year out until its schedule is published,"
                    + " so that it is reported as unknown");
        }
        for (Map.Entry<LocalDate, String> e : adjusted.entrySet()) {
            LocalDate date = e.getKey();
            if (holidays.containsKey(date)) {
                problems.add("year " + key + ": \"" + e.getValue() + "\" is listed both in " + HOLIDAYS
                        + " and in " + ADJUSTED_WORKING_DAYS);
            }
            DayOfWeek dow = date.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                problems.add("year " + key + ", " + ADJUSTED_WORKING_DAYS + " entry \"" + e.getValue() + "\" is a "
                        + dow + "; only a Saturday or Sunday can be an adjusted working day (调休上班)");
            }
        }
        years.add(year);
        allHolidays.addAll(holidays.keySet());
        allAdjusted.addAll(adjusted.keySet());
    }

    private static Map<LocalDate, String> readDates(int year, String field, JsonNode array, List<String> problems) {
        Map<LocalDate, String> dates = new HashMap<>();
        if (array == null) {
            problems.add("year " + year + " has no \"" + field + "\" array (use [] if there are none)");
            return dates;
        }
        if (!array.isArray()) {
            problems.add("year " + year + ", \"" + field + "\" is not an array");
            return dates;
        }
        for (JsonNode item : array) {
            String where = "year " + year + ", " + field + " entry " + item;
            if (!item.isTextual()) {
                problems.add(where + " is not a date string (yyyy-MM-dd)");
                continue;
            }
            LocalDate date;
            try {
                // ISO_LOCAL_DATE resolves strictly, so 2025-02-30 is rejected rather than clamped.
                date = LocalDate.parse(item.textValue());
            } catch (DateTimeParseException e) {
                problems.add(where + " is not a valid date (yyyy-MM-dd)");
                continue;
            }
            if (date.getYear() != year) {
                problems.add(where + " is filed under the wrong year " + year);
                continue;
            }
            if (dates.putIfAbsent(date, item.textValue()) != null) {
                problems.add(where + " is listed twice");
            }
        }
        return dates;
    }
}
