package workshop.cli.trainee;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in the unified format ({@code @@ -1,4 +1,5 @@}) with three lines of context, from a
 * longest-common-subsequence edit script. Source files in a workshop are small; the common head and
 * tail are cut off first, so the quadratic table only covers the part that changed.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    enum Kind { SAME, REMOVED, ADDED }

    /** One line of the edit script, with its (zero-based) line numbers in the old and the new text. */
    record Line(Kind kind, String text, int oldIndex, int newIndex) {
    }

    private UnifiedDiff() {
    }

    /** The hunks as text lines, starting with {@code @@}; empty when both texts are equal. */
    static List<String> hunks(List<String> oldLines, List<String> newLines) {
        List<Line> script = script(oldLines, newLines);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = endOfHunk(script, i);
            out.add(header(script, start, end));
            for (Line line : script.subList(start, end)) {
                out.add(prefix(line.kind()) + line.text());
            }
            i = end;
        }
        return out;
    }

    /** Changes closer together than twice the context share one hunk. */
    private static int endOfHunk(List<Line> script, int firstChange) {
        int lastChange = firstChange;
        for (int j = firstChange; j < script.size() && j <= lastChange + 2 * CONTEXT; j++) {
            if (script.get(j).kind() != Kind.SAME) {
                lastChange = j;
            }
        }
        return Math.min(script.size(), lastChange + CONTEXT + 1);
    }

    private static String header(List<Line> script, int start, int end) {
        List<Line> hunk = script.subList(start, end);
        long oldCount = hunk.stream().filter(line -> line.kind() != Kind.ADDED).count();
        long newCount = hunk.stream().filter(line -> line.kind() != Kind.REMOVED).count();
        Line first = hunk.get(0);
        return "@@ -" + range(first.oldIndex(), oldCount) + " +" + range(first.newIndex(), newCount) + " @@";
    }

    /** Ranges are one-based; an empty side names the line before it, as diff(1) does. */
    private static String range(int index, long count) {
        return count == 0 ? index + ",0" : (index + 1) + "," + count;
    }

    private static String prefix(Kind kind) {
        return switch (kind) {
            case SAME -> " ";
            case REMOVED -> "-";
            case ADDED -> "+";
        };
    }

    private static List<Line> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Line> script = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            script.add(new Line(Kind.SAME, a.get(k), k, k));
        }
        middle(a, b, head, a.size() - tail, b.size() - tail, script);
        for (int k = tail; k > 0; k--) {
            int oldIndex = a.size() - k;
            script.add(new Line(Kind.SAME, a.get(oldIndex), oldIndex, b.size() - k));
        }
        return script;
    }

    /** The classic LCS table over a[from..aEnd) and b[from..bEnd), walked forwards into an edit script. */
    private static void middle(List<String> a, List<String> b, int from, int aEnd, int bEnd, List<Line> script) {
        int n = aEnd - from;
        int m = bEnd - from;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(from + i).equals(b.get(from + j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(from + i).equals(b.get(from + j))) {
                script.add(new Line(Kind.SAME, a.get(from + i), from + i, from + j));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                script.add(new Line(Kind.REMOVED, a.get(from + i), from + i, from + j));
                i++;
            } else {
                script.add(new Line(Kind.ADDED, b.get(from + j), from + i, from + j));
                j++;
            }
        }
    }
}
