package dev.lectern.tui;

import dev.lectern.command.CommandSet;
import dev.lectern.session.PositionStore;

/** What every page shares: where positions are kept, the screen settings and the commands. */
record Workspace(PositionStore store, ViewSettings view, CommandSet commands) {
}
