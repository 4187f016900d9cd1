package dev.lectern.session;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the reader is in one document: the current paragraph, how far a tall paragraph has been
 * scrolled (as a character offset, so it survives a re-wrap after a resize), marks, and the
 * place before the last jump (for {@code ''}, as in vi and less). Knows no terminal.
 */
public final class ReadingSession {
    private final int paragraphCount;
    private Position position = Position.START;
    private Position beforeJump;
    private final Map<Character, Position> marks = new TreeMap<>();

    public ReadingSession(int paragraphCount) {
        if (paragraphCount < 1) {
            throw new IllegalArgumentException("a document has at least one paragraph");
        }
        this.paragraphCount = paragraphCount;
    }

    /**
     * The same reading state over a document that now has {@code count} paragraphs: used when
     * the rest of a long file has loaded behind the first screen.
     */
    public ReadingSession resizedTo(int count) {
        ReadingSession resized = new ReadingSession(count);
        resized.restore(position, marks);
        resized.beforeJump = beforeJump == null ? null : resized.clamp(beforeJump);
        return resized;
    }

    public Position position() {
        return position;
    }

    public int paragraph() {
        return position.paragraph();
    }

    public int paragraphCount() {
        return paragraphCount;
    }

    /** Scrolls within a paragraph taller than the page, else goes to the next. False at the end. */
    public boolean next(PageLayout layout) {
        int line = layout.lineAt(position.paragraph(), position.offset());
        int lines = layout.lineCount(position.paragraph());
        int page = layout.pageHeight();
        if (line + page < lines) {
            int step = Math.max(1, page - 1);
            position = new Position(position.paragraph(), layout.lineStart(position.paragraph(), line + step));
            return true;
        }
        if (position.paragraph() >= paragraphCount) {
            return false;
        }
        position = new Position(position.paragraph() + 1, 0);
        return true;
    }

    /** Scrolls back within a tall paragraph, else goes to the start of the previous one. */
    public boolean previous(PageLayout layout) {
        int line = layout.lineAt(position.paragraph(), position.offset());
        if (line > 0) {
            int step = Math.max(1, layout.pageHeight() - 1);
            position = new Position(position.paragraph(), layout.lineStart(position.paragraph(), Math.max(0, line - step)));
            return true;
        }
        if (position.paragraph() <= 1) {
            return false;
        }
        position = new Position(position.paragraph() - 1, 0);
        return true;
    }

    public void first() {
        jumpTo(Position.START);
    }

    public void last() {
        jumpTo(new Position(paragraphCount, 0));
    }

    /** Goes to a paragraph, remembering where the reader was. Out-of-range numbers are clamped. */
    public void jumpTo(int paragraph) {
        jumpTo(new Position(paragraph, 0));
    }

    /** Goes to a place inside a paragraph (a search match), remembering where the reader was. */
    public void jumpTo(int paragraph, int offset) {
        jumpTo(new Position(paragraph, offset));
    }

    private void jumpTo(Position target) {
        Position clamped = clamp(target);
        if (!clamped.equals(position)) {
            beforeJump = position;
        }
        position = clamped;
    }

    public void setMark(char letter) {
        marks.put(letter, position);
    }

    /** Goes to a mark; {@code '} goes back to where the reader was before the last jump. */
    public boolean goToMark(char letter) {
        Position target = letter == '\'' ? beforeJump : marks.get(letter);
        if (target == null) {
            return false;
        }
        jumpTo(target);
        return true;
    }

    public Map<Character, Position> marks() {
        return Map.copyOf(marks);
    }

    /** Restores a saved reading state; positions beyond a now shorter document are clamped. */
    public void restore(Position saved, Map<Character, Position> savedMarks) {
        position = clamp(saved);
        marks.clear();
        savedMarks.forEach((letter, mark) -> marks.put(letter, clamp(mark)));
    }

    public Optional<Position> beforeJump() {
        return Optional.ofNullable(beforeJump);
    }

    private Position clamp(Position p) {
        int paragraph = Math.max(1, Math.min(paragraphCount, p.paragraph()));
        return paragraph == p.paragraph() ? new Position(paragraph, Math.max(0, p.offset())) : new Position(paragraph, 0);
    }
}
