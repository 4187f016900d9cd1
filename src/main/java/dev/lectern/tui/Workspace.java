package dev.lectern.tui;

import dev.lectern.command.CommandSet;
import dev.lectern.doc.FetchSettings;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingList;

/**
 * What every page shares: where positions are kept, the screen settings, the commands, how to
 * fetch from the web ({@code fetch} null where web addresses cannot be opened) and the reading
 * list (null where there is none to save to).
 */
record Workspace(PositionStore store, ViewSettings view, CommandSet commands, FetchSettings fetch,
                 ReadingList readingList) {
    Workspace(PositionStore store, ViewSettings view, CommandSet commands) {
        this(store, view, commands, null, null);
    }
}
