package dev.lectern.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A screen captured with {@code capture-pane -e}, read into cells: each character with the
 * attributes and colours it was shown in. Two captures compare cell by cell, except that a
 * blank's foreground colour does not show and is not compared.
 */
final class StyledScreen {
    private final List<String> cells = new ArrayList<>();

    StyledScreen(String captured) {
        TreeMap<String, String> style = new TreeMap<>(); // attribute -> value, e.g. "fg" -> "33", "bold" -> "1"
        int row = 0;
        for (int i = 0; i < captured.length(); i++) {
            char c = captured.charAt(i);
            if (c == '\u001b' && i + 1 < captured.length() && captured.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < captured.length() && !Character.isLetter(captured.charAt(end))) {
                    end++;
                }
                if (end < captured.length() && captured.charAt(end) == 'm') {
                    apply(style, captured.substring(i + 2, end));
                }
                i = end;
            } else if (c == '\n') {
                row++;
            } else {
                TreeMap<String, String> shown = new TreeMap<>(style);
                if (c == ' ') {
                    shown.remove("fg");
                }
                cells.add(row + ":" + c + shown);
            }
        }
    }

    private static void apply(TreeMap<String, String> style, String parameters) {
        String[] codes = parameters.isEmpty() ? new String[] {"0"} : parameters.split("[;:]");
        for (int k = 0; k < codes.length; k++) {
            int code = codes[k].isEmpty() ? 0 : Integer.parseInt(codes[k]);
            switch (code) {
                case 0 -> style.clear();
                case 1 -> style.put("bold", "1");
                case 2 -> style.put("dim", "1");
                case 3 -> style.put("italic", "1");
                case 4 -> style.put("underline", "1");
                case 5 -> style.put("blink", "1");
                case 7 -> style.put("reverse", "1");
                case 9 -> style.put("strike", "1");
                case 22 -> {
                    style.remove("bold");
                    style.remove("dim");
                }
                case 23 -> style.remove("italic");
                case 24 -> style.remove("underline");
                case 25 -> style.remove("blink");
                case 27 -> style.remove("reverse");
                case 29 -> style.remove("strike");
                case 39 -> style.remove("fg");
                case 49 -> style.remove("bg");
                case 38, 48 -> { // extended colour: 5;n or 2;r;g;b
                    int length = k + 1 < codes.length && codes[k + 1].equals("5") ? 2 : 4;
                    StringBuilder colour = new StringBuilder();
                    for (int j = 1; j <= length && k + j < codes.length; j++) {
                        colour.append(codes[k + j]).append(';');
                    }
                    style.put(code == 38 ? "fg" : "bg", colour.toString());
                    k += length;
                }
                default -> {
                    if (code >= 30 && code <= 37 || code >= 90 && code <= 97) {
                        style.put("fg", Integer.toString(code));
                    } else if (code >= 40 && code <= 47 || code >= 100 && code <= 107) {
                        style.put("bg", Integer.toString(code));
                    }
                }
            }
        }
    }

    /** The cells, one a line: row, character and style. */
    @Override
    public String toString() {
        return String.join("\n", cells);
    }
}
