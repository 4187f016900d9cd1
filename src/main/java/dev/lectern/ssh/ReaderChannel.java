package dev.lectern.ssh;

import java.io.IOException;
import java.util.Map;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * A reader's session channel, which remembers whether a terminal (PTY) was asked for: an
 * environment variable a client sends (TERM, COLUMNS) cannot pass for one.
 */
final class ReaderChannel extends ChannelSession {
    /** The only kind of channel served: no direct-tcpip, no X11, no agent channels. */
    static final ChannelFactory FACTORY = new ChannelFactory() {
        @Override
        public String getName() {
            return "session";
        }

        @Override
        public Channel createChannel(Session session) {
            return new ReaderChannel();
        }
    };

    private volatile boolean terminal;
    private volatile String terminalType = "dumb";
    private volatile int columns;
    private volatile int rows;

    boolean hasTerminal() {
        return terminal;
    }

    /** The TERM of the PTY request (an env request cannot change it). */
    String terminalType() {
        return terminalType;
    }

    /** The size the PTY request gave; 0 when it gave none. */
    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    @Override
    protected RequestHandler.Result handlePtyReqParsed(String term, int columns, int rows, int widthPixels, int heightPixels,
            Map<PtyMode, Integer> modes) throws IOException {
        RequestHandler.Result result = super.handlePtyReqParsed(term, columns, rows, widthPixels, heightPixels, modes);
        terminalType = term;
        this.columns = columns;
        this.rows = rows;
        terminal = true;
        return result;
    }
}
