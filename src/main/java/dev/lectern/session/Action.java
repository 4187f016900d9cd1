package dev.lectern.session;

import java.util.Arrays;
import java.util.Optional;

/** What a key can ask the reader to do. The name is the one keymap.conf uses. */
public enum Action {
    NEXT_PARAGRAPH("next-paragraph", "next paragraph (scrolls a tall one first)"),
    PREVIOUS_PARAGRAPH("previous-paragraph", "previous paragraph"),
    FIRST_PARAGRAPH("first-paragraph", "first paragraph"),
    LAST_PARAGRAPH("last-paragraph", "last paragraph"),
    SET_MARK("set-mark", "set a mark: then type a letter"),
    GO_TO_MARK("go-to-mark", "go to a mark: then a letter, or ' for where you were"),
    TOGGLE_PANE("toggle-pane", "show or hide the entity pane"),
    FOCUS_PANE("focus-pane", "into the entity pane and back (there: j/k select, Enter goes to a mention)"),
    TABLE_OF_CONTENTS("table-of-contents", "the table of contents: chapters and headings (Enter goes to one)"),
    GLOSSARY("glossary", "the glossary terms of this paragraph (j/k select, Enter shows the whole entry)"),
    COMMAND_LINE("command-line", "type a command (jump, search, summarise, help...)"),
    SEARCH("search", "search: words, \"a phrase\" or /regex/"),
    NEXT_MATCH("next-match", "next match of the last search"),
    PREVIOUS_MATCH("previous-match", "previous match of the last search"),
    OPEN("open", "open the selected article (library)"),
    REMOVE_ARTICLE("remove-article", "remove the selected article from the reading list (library; asks first)"),
    HELP("help", "show the keys in force"),
    CLOSE("close", "close the help or a popup"),
    QUIT("quit", "quit (closes a popup first; back to the library)"),
    REDRAW("redraw", "redraw the screen");

    private final String configName;
    private final String description;

    Action(String configName, String description) {
        this.configName = configName;
        this.description = description;
    }

    public String configName() {
        return configName;
    }

    /** The action in plain words, as the help overlay shows it. */
    public String description() {
        return description;
    }

    public static Optional<Action> byConfigName(String name) {
        return Arrays.stream(values()).filter(a -> a.configName.equals(name)).findFirst();
    }
}
