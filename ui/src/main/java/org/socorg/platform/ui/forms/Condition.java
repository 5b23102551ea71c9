package org.socorg.platform.ui.forms;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FEEL subset the forms' {@code conditional.hide} expressions use: comparisons of a field with a literal
 * ({@code =orgType != "ASSOCIATION"}, {@code =publicFundraising = true}, {@code =amount > 100}), a bare field
 * (truthy), {@code not(...)}, joined with {@code and} / {@code or}. An expression outside the subset never hides.
 */
final class Condition {

    private static final Pattern COMPARISON = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=|<=|>=|<|>)\\s*(\"[^\"]*\"|true|false|null|-?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern FIELD = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");
    private static final Pattern NOT = Pattern.compile("\\s*not\\((.*)\\)\\s*");

    private Condition() {
    }

    /** Whether {@code expression} (with its leading '=') holds for these answers; false when it cannot be read. */
    static boolean holds(String expression, Map<String, Object> values) {
        if (expression == null || !expression.strip().startsWith("=")) {
            return false;
        }
        Boolean result = or(expression.strip().substring(1), values);
        return Boolean.TRUE.equals(result);
    }

    private static Boolean or(String expr, Map<String, Object> values) {
        boolean any = false;
        for (String part : expr.split("\\s+or\\s+")) {
            Boolean b = and(part, values);
            if (b == null) {
                return null;
            }
            any |= b;
        }
        return any;
    }

    private static Boolean and(String expr, Map<String, Object> values) {
        boolean all = true;
        for (String part : expr.split("\\s+and\\s+")) {
            Boolean b = atom(part, values);
            if (b == null) {
                return null;
            }
            all &= b;
        }
        return all;
    }

    private static Boolean atom(String expr, Map<String, Object> values) {
        Matcher not = NOT.matcher(expr);
        if (not.matches()) {
            Boolean inner = or(not.group(1), values);
            return inner == null ? null : !inner;
        }
        Matcher m = COMPARISON.matcher(expr);
        if (m.matches()) {
            Object actual = values.get(m.group(1));
            Object literal = literal(m.group(3));
            return switch (m.group(2)) {
                case "=" -> same(actual, literal);
                case "!=" -> !same(actual, literal);
                default -> compare(actual, literal, m.group(2));
            };
        }
        Matcher field = FIELD.matcher(expr);
        if (field.matches()) {
            Object v = values.get(field.group(1));
            return v != null && !Boolean.FALSE.equals(v) && !"".equals(v);
        }
        return null;
    }

    private static Object literal(String s) {
        if (s.startsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> new BigDecimal(s);
        };
    }

    private static boolean same(Object actual, Object literal) {
        if (actual instanceof Number a && literal instanceof BigDecimal b) {
            return new BigDecimal(a.toString()).compareTo(b) == 0;
        }
        if (literal == null) {
            return actual == null || "".equals(actual);
        }
        return Objects.equals(actual == null ? null : actual instanceof Boolean ? actual : actual.toString(),
                literal instanceof Boolean ? literal : literal.toString());
    }

    private static Boolean compare(Object actual, Object literal, String op) {
        if (!(literal instanceof BigDecimal b) || actual == null) {
            return false;
        }
        BigDecimal a;
        try {
            a = new BigDecimal(actual.toString());
        } catch (NumberFormatException e) {
            return false;
        }
        int c = a.compareTo(b);
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }
}
