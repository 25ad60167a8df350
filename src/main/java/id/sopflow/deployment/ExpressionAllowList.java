package id.sopflow.deployment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a JUEL expression ({@code ${...}} or {@code #{...}}) only reads data, so that whoever may deploy a
 * diagram or store a filter cannot run Java on the server with it (method calls through reflection such as
 * {@code ${"".getClass().forName(...)}} or {@code ${x.class.classLoader}}).
 *
 * <p>Allowed: literals; variable references (when {@link #variables} is set); comparisons, arithmetic, boolean
 * logic, {@code empty} and the ternary operator; the functions in {@link #functions}; on the result of
 * {@code dateTime()} a chain of the date methods in {@link #DATE_METHODS}; and {@code name.member} or
 * {@code name.member(...)} only for the pairs in {@link #members}. Everything else is refused: any other property or
 * method access, indexing with {@code []}, and characters that are no part of the expression language.
 */
public record ExpressionAllowList(boolean variables, Set<String> functions, Set<String> members) {

    /** Joda-Time methods that move or truncate {@code dateTime()} and turn it into a date (Camunda's own filters). */
    public static final Set<String> DATE_METHODS = Set.of("withTimeAtStartOfDay", "plusMinutes", "minusMinutes",
            "plusHours", "minusHours", "plusDays", "minusDays", "plusWeeks", "minusWeeks", "plusMonths", "minusMonths",
            "plusYears", "minusYears", "toDate");

    /**
     * Diagrams: variables, {@code now()}, {@code dateTime()}, and sopflow's beans with their documented methods (as
     * {@code processes/} uses them). A bean referred to by its bare name ({@code ${lateStepHandler}}) is a variable
     * reference and needs no entry. Add a pair here when a diagram should call a new documented bean method.
     */
    public static final ExpressionAllowList DIAGRAMS = new ExpressionAllowList(true, Set.of("now", "dateTime"),
            Set.of("execution.processInstanceId", "execution.processBusinessKey", "execution.id",
                    "execution.currentActivityId", "task.id", "task.name",
                    "sipaCommentReply.enabled", "profilKampung.name", "profilKampung.list",
                    "ppidPlatformChoice.chosen", "unitChoice.list"));

    /** Stored Tasklist filters: what Camunda's own later releases allow there. */
    public static final ExpressionAllowList FILTERS = new ExpressionAllowList(false,
            Set.of("now", "dateTime", "currentUser", "currentUserGroups"), Set.of());

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div",
            "mod", "empty", "true", "false", "null");
    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+",
            "-", "*", "/", "%", "?", ":", "(", ")", ",", ".");

    /**
     * @param text an attribute value or text that may contain expressions
     * @return every problem with the expressions in it, in Bahasa Indonesia; empty when all are allowed
     */
    public List<String> problemsIn(String text) {
        List<String> problems = new ArrayList<>();
        int at = 0;
        while (true) {
            int dollar = text.indexOf("${", at);
            int hash = text.indexOf("#{", at);
            int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
            if (start < 0) {
                return problems;
            }
            Scan scan = scan(text, start + 2);
            String expression = text.substring(start, Math.min(text.length(), scan.end + 1));
            scan.problem.ifPresent(problem -> problems.add("ekspresi " + expression + " tidak diizinkan: " + problem));
            at = scan.end + 1;
        }
    }

    private record Scan(int end, Optional<String> problem) {
    }

    private record Token(String text, boolean identifier) {
    }

    /** Reads one expression from {@code from} to its closing brace and judges it. */
    private Scan scan(String text, int from) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < text.length() && text.charAt(i) != '}') {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int close = i + 1;
                while (close < text.length() && text.charAt(close) != c) {
                    close += text.charAt(close) == '\\' ? 2 : 1;
                }
                if (close >= text.length()) {
                    return new Scan(text.length() - 1, Optional.of("teks tanpa tanda kutip penutup"));
                }
                tokens.add(new Token("'literal'", false));
                i = close + 1;
            } else if (Character.isDigit(c)) {
                i = endOfNumber(text, i);
                tokens.add(new Token("0", false));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), true));
            } else {
                int position = i;
                Optional<String> operator = OPERATORS.stream().filter(op -> text.startsWith(op, position)).findFirst();
                if (operator.isEmpty()) {
                    return new Scan(closingBrace(text, i), Optional.of("tanda '" + c + "' tidak diizinkan"));
                }
                tokens.add(new Token(operator.get(), false));
                i += operator.get().length();
            }
        }
        if (i >= text.length()) {
            return new Scan(text.length() - 1, Optional.of("tanpa kurung kurawal penutup"));
        }
        return new Scan(i, judge(tokens));
    }

    /** Digits, a fraction only when a digit follows the dot ({@code 1.toString} is a number and a member access). */
    private static int endOfNumber(String text, int i) {
        i = endOfDigits(text, i);
        if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            i = endOfDigits(text, i + 1);
        }
        if (i + 1 < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponent = text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-' ? i + 2 : i + 1;
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                i = endOfDigits(text, exponent);
            }
        }
        return i;
    }

    private static int endOfDigits(String text, int i) {
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int closingBrace(String text, int from) {
        int close = text.indexOf('}', from);
        return close < 0 ? text.length() - 1 : close;
    }

    /**
     * Every identifier must be a keyword, a variable, an allowed function call, an allowed {@code name.member} or a
     * date method chained on {@code dateTime()}; every dot and every call must belong to one of those.
     */
    private Optional<String> judge(List<Token> tokens) {
        Deque<Boolean> openCalls = new ArrayDeque<>(); // per open parenthesis: does it close a date value?
        boolean dateValue = false; // the previous token closed dateTime() or a date method call
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
            String previous = i > 0 ? tokens.get(i - 1).text() : "";
            boolean closedDate = dateValue;
            dateValue = false;
            if (token.text().equals(".")) {
                if (closedDate && i + 1 < tokens.size() && DATE_METHODS.contains(next)) {
                    continue;
                }
                if (i > 0 && tokens.get(i - 1).identifier() && !(i > 1 && tokens.get(i - 2).text().equals("."))
                        && members.contains(previous + "." + next)) {
                    continue;
                }
                return Optional.of("akses '." + next + "' tidak ada dalam daftar yang diizinkan");
            }
            if (token.text().equals("(")) {
                boolean call = i > 0 && tokens.get(i - 1).identifier() && !KEYWORDS.contains(previous);
                boolean date = call && (previous.equals("dateTime") || (DATE_METHODS.contains(previous)
                        && i > 1 && tokens.get(i - 2).text().equals(".")));
                openCalls.push(date && !previous.equals("toDate"));
                continue;
            }
            if (token.text().equals(")")) {
                dateValue = !openCalls.isEmpty() && openCalls.pop();
                continue;
            }
            if (!token.identifier() || KEYWORDS.contains(token.text()) || previous.equals(".")) {
                continue;
            }
            if (next.equals("(")) {
                if (!functions.contains(token.text()) || previous.equals(":")) {
                    return Optional.of("fungsi " + token.text() + "() tidak ada dalam daftar yang diizinkan");
                }
            } else if (!next.equals(".") && !variables) {
                return Optional.of("rujukan variabel " + token.text() + " tidak diizinkan di sini");
            }
        }
        return Optional.empty();
    }
}
