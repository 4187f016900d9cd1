package dev.lectern.tui;

import dev.lectern.command.CommandSet;
import dev.lectern.session.PlaceSaver;
import dev.lectern.session.PositionStore;

/**
 * What every page shares: where positions are kept and the saver that writes them as the reader
 * moves (both null when nothing is kept), the screen settings and the commands.
 */
record Workspace(PositionStore store, ViewSettings view, CommandSet commands, PlaceSaver saver) {
    Workspace(PositionStore store, ViewSettings view, CommandSet commands) {
        this(store, view, commands, store == null ? null : PlaceSaver.of(store));
    }
}
