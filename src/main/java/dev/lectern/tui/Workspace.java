package dev.lectern.tui;

import dev.lectern.command.CommandSet;
import dev.lectern.doc.FetchSettings;
import dev.lectern.session.PositionStore;

/**
 * What every page shares: where positions are kept, the screen settings, the commands, and how
 * to fetch from the web ({@code fetch} null where web addresses cannot be opened).
 */
record Workspace(PositionStore store, ViewSettings view, CommandSet commands, FetchSettings fetch) {
    Workspace(PositionStore store, ViewSettings view, CommandSet commands) {
        this(store, view, commands, null);
    }
}
