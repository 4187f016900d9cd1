package dev.lectern.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same behaviour against a real PostgreSQL server (TestDatabase starts one if it can). */
class PostgresReaderStateTest extends ReaderStateContract {
    private static String url;

    @BeforeAll
    static void database() {
        url = TestDatabase.url();
    }

    @Override
    ReaderState.Store openStore() throws Exception {
        return PostgresReaderState.open(url);
    }

    @Test
    void theSchemaIsMadeOnceAndOpeningAgainKeepsTheRows() throws Exception {
        try (ReaderState.Store store = openStore()) {
            store.reader("SHA256:keep").addToReadingList("kept");
        }
        try (ReaderState.Store store = openStore(); Connection connection = DriverManager.getConnection(url);
             ResultSet tables = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'lectern\\_%'")) {
            tables.next();
            assertThat(tables.getInt(1)).isEqualTo(4);
            assertThat(store.reader("SHA256:keep").readingList()).extracting(ReaderState.Kept::readingKey).contains("kept");
            store.reader("SHA256:keep").removeFromReadingList("kept");
        }
    }

    @Test
    void theHistoryTableKeepsTwiceWhatIsGivenBack() throws Exception {
        String reader = "SHA256:trim" + System.nanoTime();
        try (ReaderState.Store store = openStore()) {
            ReaderState state = store.reader(reader);
            for (int i = 0; i < 2 * ReaderState.HISTORY_KEPT + 5; i++) {
                state.addToHistory("jump " + i);
            }
            assertThat(state.history().get(ReaderState.HISTORY_KEPT - 1)).isEqualTo("jump " + (2 * ReaderState.HISTORY_KEPT + 4));
        }
        try (Connection connection = DriverManager.getConnection(url);
             var count = connection.prepareStatement("SELECT count(*) FROM lectern_history WHERE reader = ?")) {
            count.setString(1, reader);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2 * ReaderState.HISTORY_KEPT);
            }
        }
    }

    @Test
    void theDescriptionHidesThePassword() throws Exception {
        try (ReaderState.Store store = PostgresReaderState.open(url + (url.contains("?") ? "&" : "?") + "password=secret")) {
            assertThat(store.describe()).startsWith("jdbc:postgresql://").doesNotContain("secret");
        }
    }

    @Test
    void anUnreachableServerIsAnIOException() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PostgresReaderState.open("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2"))
                .isInstanceOf(java.io.IOException.class).hasMessageStartingWith("reading state database:");
    }
}
