package dev.lectern.session;

import org.junit.jupiter.api.BeforeAll;

/** The served reading list over PostgreSQL (TestDatabase starts a server if it can, else the tests are skipped). */
class PostgresServedReadingListTest extends ServedReadingListContract {
    private static String url;

    @BeforeAll
    static void database() {
        url = TestDatabase.url();
    }

    @Override
    ReaderState.Store openStore() throws Exception {
        return PostgresReaderState.open(url);
    }
}
