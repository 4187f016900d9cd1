package dev.lectern.ssh;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/**
 * Who comes in: at most so many new connections a minute from one address, so many connections
 * still logging in, and so many readers at once (the one over gets a line saying the room is
 * full). Writes each reader's arrival and departure to serve.log.
 */
final class Doorkeeper implements SessionListener {
    private static final long MINUTE = 60_000_000_000L;

    private final int maxReaders;
    private final int maxLoggingIn;
    private final int connectionsPerMinute;
    private final ServeLog log;

    /** When each recent connection came, per address; guarded by itself. */
    private final Map<InetAddress, Deque<Long>> recent = new HashMap<>();
    private final Map<InetAddress, Long> lastRateLine = new HashMap<>();
    private final Map<Session, Visit> visits = new ConcurrentHashMap<>();
    private int loggingIn;
    private int readers;

    private static final class Visit {
        final long since = System.nanoTime();
        boolean admitted;
        boolean authenticated;
        String reader;
    }

    Doorkeeper(int maxReaders, int maxLoggingIn, int connectionsPerMinute, ServeLog log) {
        this.maxReaders = maxReaders;
        this.maxLoggingIn = maxLoggingIn;
        this.connectionsPerMinute = connectionsPerMinute;
        this.log = log;
    }

    synchronized int readers() {
        return readers;
    }

    /**
     * Whether a new connection may go on to log in. (Refused here, at the session's creation,
     * rather than at accept: sshd leaves a connection refused at accept open and silent.)
     */
    private boolean admits(Session session) {
        SocketAddress remote = session.getRemoteAddress();
        InetAddress address = remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
        long now = System.nanoTime();
        synchronized (this) {
            if (loggingIn >= maxLoggingIn) {
                return false;
            }
            if (address == null) {
                return true;
            }
            Deque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
            while (!times.isEmpty() && now - times.peekFirst() > MINUTE) {
                times.pollFirst();
            }
            if (times.size() >= connectionsPerMinute) {
                Long last = lastRateLine.get(address);
                if (last == null || now - last > MINUTE) {
                    lastRateLine.put(address, now);
                    log.write("refused " + address.getHostAddress() + " over " + connectionsPerMinute + " connections a minute");
                }
                return false;
            }
            times.addLast(now);
            if (recent.size() > 10_000) {
                forgetQuietAddresses(now);
            }
            return true;
        }
    }

    private void forgetQuietAddresses(long now) {
        recent.values().removeIf(times -> times.isEmpty() || now - times.peekLast() > MINUTE);
        lastRateLine.values().removeIf(time -> now - time > MINUTE);
    }

    @Override
    public void sessionCreated(Session session) {
        if (!admits(session)) {
            session.close(true);
            return;
        }
        synchronized (this) {
            loggingIn++;
        }
        visits.put(session, new Visit());
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        Visit visit = visits.get(session);
        if (event != Event.Authenticated || visit == null) {
            return;
        }
        visit.reader = session.getAttribute(ReaderKeys.READER);
        boolean full;
        synchronized (this) {
            visit.authenticated = true;
            loggingIn--;
            full = readers >= maxReaders;
            if (!full) {
                readers++;
                visit.admitted = true;
            }
        }
        if (full) {
            log.write("refused " + visit.reader + " " + address(session) + " the room is full (" + maxReaders + " readers)");
            try {
                session.disconnect(SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS,
                        "lectern: the reading room is full (" + maxReaders + " readers); try again later");
            } catch (IOException e) {
                session.close(true);
            }
        } else {
            log.write("start " + visit.reader + " " + address(session));
        }
    }

    @Override
    public void sessionClosed(Session session) {
        Visit visit = visits.remove(session);
        if (visit == null) {
            return;
        }
        synchronized (this) {
            if (visit.admitted) {
                readers--;
            } else if (!visit.authenticated) {
                loggingIn--;
            }
        }
        if (visit.admitted) {
            double seconds = (System.nanoTime() - visit.since) / 1e9;
            log.write("end " + visit.reader + " " + address(session) + " " + String.format(java.util.Locale.ROOT, "%.1fs", seconds));
        }
    }

    static String address(Session session) {
        SocketAddress remote = session.getRemoteAddress();
        if (remote instanceof InetSocketAddress inet) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(remote);
    }
}
