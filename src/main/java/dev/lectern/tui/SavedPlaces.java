package dev.lectern.tui;

import dev.lectern.doc.Document;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReaderState;
import java.io.IOException;

/**
 * Where the pages find and keep each document's place and marks: the local user's
 * {@link PositionStore}, or a served reader's {@link ReaderState} (kept under their key).
 */
interface SavedPlaces {
    /** Nothing saved gives null. */
    PositionStore.Saved load(String readingKey) throws IOException;

    void save(String readingKey, PositionStore.Saved place) throws IOException;

    /** How much of {@code document} has been read, in percent; null when it was never opened. */
    default Integer percentRead(Document document) throws IOException {
        PositionStore.Saved saved = document.readingKey() == null ? null : load(document.readingKey());
        if (saved == null) {
            return null;
        }
        int paragraph = Math.min(saved.position().paragraph(), document.size());
        long read = document.charsBefore(paragraph + 1);
        long total = document.charsBefore(document.size() + 1);
        return (int) Math.round(100.0 * read / Math.max(1, total));
    }

    /** The local user's places; null stays null (nothing kept). */
    static SavedPlaces of(PositionStore store) {
        if (store == null) {
            return null;
        }
        return new SavedPlaces() {
            @Override
            public PositionStore.Saved load(String readingKey) throws IOException {
                return store.load(readingKey);
            }

            @Override
            public void save(String readingKey, PositionStore.Saved place) throws IOException {
                store.save(readingKey, place);
            }

            @Override
            public Integer percentRead(Document document) throws IOException {
                return store.percentRead(document);
            }
        };
    }

    /** A served reader's places, merged as the local ones are (the newest move wins, every mark kept). */
    static SavedPlaces of(ReaderState state) {
        return of(new PositionStore(state));
    }
}
