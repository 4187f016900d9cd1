package dev.lectern.tui;

import dev.lectern.command.CommandSet;
import dev.lectern.doc.FetchSettings;
import dev.lectern.session.PlaceSaver;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingList;

/**
 * What every page shares: where positions are kept (the local store or a served reader's state) and the saver that writes them as the reader
 * moves (both null when nothing is kept), the screen settings, the commands, how to fetch from
 * the web ({@code fetch} null where web addresses cannot be opened) and the reading list (null
 * where there is none to save to).
 */
record Workspace(SavedPlaces store, ViewSettings view, CommandSet commands, PlaceSaver saver, FetchSettings fetch,
                 ReadingList readingList) {
    Workspace(PositionStore store, ViewSettings view, CommandSet commands) {
        this(store, view, commands, null, null);
    }

    Workspace(PositionStore store, ViewSettings view, CommandSet commands, FetchSettings fetch, ReadingList readingList) {
        this(SavedPlaces.of(store), view, commands, fetch, readingList);
    }

    Workspace(SavedPlaces places, ViewSettings view, CommandSet commands, FetchSettings fetch, ReadingList readingList) {
        this(places, view, commands, places == null ? null : new PlaceSaver(places::save, PlaceSaver.QUIET_MILLIS,
                PlaceSaver.LONGEST_MILLIS), fetch, readingList);
    }
}
