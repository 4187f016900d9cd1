package dev.lectern.session;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A reader's state in PostgreSQL, so that several {@code lectern serve} instances share their
 * readers. One row per position, per mark, per history line and per saved article, keyed by
 * the reader's identity; each save is one transaction of upserts, so two sessions saving at
 * once leave whole rows, and the newest move of a position, the newest set of a mark, wins
 * whoever saves last (the merge of {@link ReaderState.Reading#over}, in SQL).
 */
public final class PostgresReaderState implements ReaderState {
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS lectern_position (
                reader text NOT NULL, reading_key text NOT NULL,
                paragraph integer NOT NULL, char_offset integer NOT NULL, moved_at timestamptz NOT NULL,
                PRIMARY KEY (reader, reading_key));
            CREATE TABLE IF NOT EXISTS lectern_mark (
                reader text NOT NULL, reading_key text NOT NULL, letter text NOT NULL,
                paragraph integer NOT NULL, char_offset integer NOT NULL,
                PRIMARY KEY (reader, reading_key, letter));
            ALTER TABLE lectern_mark ADD COLUMN IF NOT EXISTS set_at timestamptz NOT NULL DEFAULT 'epoch';
            CREATE TABLE IF NOT EXISTS lectern_history (
                id bigserial PRIMARY KEY, reader text NOT NULL, line text NOT NULL,
                at timestamptz NOT NULL DEFAULT now());
            CREATE INDEX IF NOT EXISTS lectern_history_reader ON lectern_history (reader, id);
            CREATE TABLE IF NOT EXISTS lectern_reading_list (
                reader text NOT NULL, reading_key text NOT NULL, added_at timestamptz NOT NULL DEFAULT clock_timestamp(),
                PRIMARY KEY (reader, reading_key));
            """;
    /** Any number that no other user of the database takes for pg_advisory_xact_lock. */
    private static final long SCHEMA_LOCK = 0x1EC7E4L;

    private final Database database;
    private final String reader;

    private PostgresReaderState(Database database, String reader) {
        this.database = database;
        this.reader = reader;
    }

    /**
     * Connects to {@code jdbcUrl} (user and password in the URL or ~/.pgpass) and creates the
     * tables if they are missing; several instances starting at once take turns.
     */
    public static Store open(String jdbcUrl) throws IOException {
        Database database = new Database(jdbcUrl);
        try {
            database.transaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                    statement.execute(SCHEMA);
                }
                return null;
            });
        } catch (IOException e) {
            database.close();
            throw e;
        }
        return database;
    }

    @Override
    public Reading reading(String readingKey) throws IOException {
        return database.transaction(connection -> {
            Position position;
            Instant movedAt;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT paragraph, char_offset, moved_at FROM lectern_position WHERE reader = ? AND reading_key = ?")) {
                select.setString(1, reader);
                select.setString(2, readingKey);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    position = new Position(row.getInt(1), row.getInt(2));
                    movedAt = row.getTimestamp(3).toInstant();
                }
            }
            Map<Character, Position> marks = new HashMap<>();
            Map<Character, Instant> marksSetAt = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT letter, paragraph, char_offset, set_at FROM lectern_mark WHERE reader = ? AND reading_key = ?")) {
                select.setString(1, reader);
                select.setString(2, readingKey);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        char letter = row.getString(1).charAt(0);
                        marks.put(letter, new Position(row.getInt(2), row.getInt(3)));
                        marksSetAt.put(letter, row.getTimestamp(4).toInstant());
                    }
                }
            }
            return new Reading(position, movedAt, marks, marksSetAt);
        });
    }

    @Override
    public void save(String readingKey, Reading reading) throws IOException {
        Position position = reading.position();
        Instant movedAt = reading.movedAt();
        database.transaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO lectern_position (reader, reading_key, paragraph, char_offset, moved_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (reader, reading_key) DO UPDATE
                    SET paragraph = EXCLUDED.paragraph, char_offset = EXCLUDED.char_offset, moved_at = EXCLUDED.moved_at
                    WHERE lectern_position.moved_at <= EXCLUDED.moved_at""")) {
                upsert.setString(1, reader);
                upsert.setString(2, readingKey);
                upsert.setInt(3, position.paragraph());
                upsert.setInt(4, position.offset());
                upsert.setTimestamp(5, Timestamp.from(movedAt.truncatedTo(ChronoUnit.MICROS)));
                upsert.executeUpdate();
            }
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO lectern_mark (reader, reading_key, letter, paragraph, char_offset, set_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (reader, reading_key, letter) DO UPDATE
                    SET paragraph = EXCLUDED.paragraph, char_offset = EXCLUDED.char_offset, set_at = EXCLUDED.set_at
                    WHERE lectern_mark.set_at <= EXCLUDED.set_at""")) {
                for (Map.Entry<Character, Position> mark : reading.marks().entrySet()) {
                    upsert.setString(1, reader);
                    upsert.setString(2, readingKey);
                    upsert.setString(3, String.valueOf(mark.getKey()));
                    upsert.setInt(4, mark.getValue().paragraph());
                    upsert.setInt(5, mark.getValue().offset());
                    upsert.setTimestamp(6, Timestamp.from(reading.markSetAt(mark.getKey()).truncatedTo(ChronoUnit.MICROS)));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<String> history() throws IOException {
        return database.transaction(connection -> {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT line FROM (SELECT id, line FROM lectern_history WHERE reader = ? ORDER BY id DESC LIMIT ?) newest ORDER BY id")) {
                select.setString(1, reader);
                select.setInt(2, HISTORY_KEPT);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        lines.add(row.getString(1));
                    }
                }
            }
            return lines;
        });
    }

    @Override
    public void addToHistory(String commandLine) throws IOException {
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lectern_history (reader, line) VALUES (?, ?)")) {
                insert.setString(1, reader);
                insert.setString(2, commandLine);
                insert.executeUpdate();
            }
            // Kept to twice what is given back, as the history file is, so that it cannot grow without end.
            try (PreparedStatement trim = connection.prepareStatement("""
                    DELETE FROM lectern_history WHERE reader = ? AND id <= (
                        SELECT id FROM lectern_history WHERE reader = ? ORDER BY id DESC OFFSET ? LIMIT 1)""")) {
                trim.setString(1, reader);
                trim.setString(2, reader);
                trim.setInt(3, 2 * HISTORY_KEPT);
                trim.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Kept> readingList() throws IOException {
        return database.transaction(connection -> {
            List<Kept> kept = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT reading_key, added_at FROM lectern_reading_list WHERE reader = ? ORDER BY added_at, reading_key")) {
                select.setString(1, reader);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        kept.add(new Kept(row.getString(1), row.getTimestamp(2).toInstant()));
                    }
                }
            }
            return kept;
        });
    }

    @Override
    public void addToReadingList(String readingKey) throws IOException {
        FileReaderState.requireOneLine(readingKey);
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO lectern_reading_list (reader, reading_key) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, reader);
                insert.setString(2, readingKey);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void removeFromReadingList(String readingKey) throws IOException {
        database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM lectern_reading_list WHERE reader = ? AND reading_key = ?")) {
                delete.setString(1, reader);
                delete.setString(2, readingKey);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** The database and a few idle connections kept for the next transaction. */
    private static final class Database implements Store {
        private static final int IDLE_KEPT = 4;
        private final String url;
        private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
        private volatile boolean closed;

        Database(String url) {
            this.url = url;
        }

        interface Work<T> {
            T run(Connection connection) throws SQLException;
        }

        /** Runs {@code work} in one transaction; a failure rolls it all back and says why. */
        <T> T transaction(Work<T> work) throws IOException {
            if (closed) {
                throw new IOException("the reading state database is closed");
            }
            Connection connection = null;
            try {
                connection = take();
                T result = work.run(connection);
                connection.commit();
                give(connection);
                return result;
            } catch (SQLException e) {
                if (connection != null) {
                    try {
                        connection.rollback();
                    } catch (SQLException ignored) {
                        // The connection is dropped below anyway.
                    }
                    closeQuietly(connection);
                }
                throw new IOException("reading state database: " + e.getMessage(), e);
            }
        }

        private Connection take() throws SQLException {
            Connection connection;
            while ((connection = idle.pollFirst()) != null) {
                if (connection.isValid(2)) {
                    return connection;
                }
                closeQuietly(connection);
            }
            connection = DriverManager.getConnection(url);
            connection.setAutoCommit(false);
            return connection;
        }

        private void give(Connection connection) {
            if (closed || idle.size() >= IDLE_KEPT) {
                closeQuietly(connection);
            } else {
                idle.addFirst(connection);
            }
        }

        @Override
        public ReaderState reader(String identity) {
            return new PostgresReaderState(this, identity);
        }

        @Override
        public String describe() {
            // The URL may carry a password: only what comes before its parameters.
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query);
        }

        @Override
        public void close() {
            closed = true;
            Connection connection;
            while ((connection = idle.pollFirst()) != null) {
                closeQuietly(connection);
            }
        }

        private static void closeQuietly(Connection connection) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing more to do with a connection being dropped.
            }
        }
    }
}
