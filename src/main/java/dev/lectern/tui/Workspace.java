package dev.lectern.tui;

import dev.lectern.command.CommandSet;
import dev.lectern.doc.FetchSettings;
import dev.lectern.session.PlaceSaver;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingList;

/**
 * What every page shares: where positions are kept and the saver that writes them as the reader
 * moves (both null when nothing is kept), the screen settings, the commands, how to fetch from
 * the web ({@code fetch} null where web addresses cannot be opened) and the reading list (null
 * where there is none to save to).
 */
record Workspace(PositionStore store, ViewSettings view, CommandSet commands, PlaceSaver saver, FetchSettings fetch,
                 ReadingList readingList) {
    Workspace(PositionStore store, ViewSettings view, CommandSet commands) {
        this(store, view, commands, null, null);
    }

    Workspace(PositionStore store, ViewSettings view, CommandSet commands, FetchSettings fetch, ReadingList readingList) {
        this(store, view, commands, store == null ? null : PlaceSaver.of(store), fetch, readingList);
    }
}
