package dev.lectern.session;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The served reading list over the file store: one directory per reader under the state directory. */
class FileServedReadingListTest extends ServedReadingListContract {
    @TempDir
    Path stateDirectory;

    @Override
    ReaderState.Store openStore() {
        return FileReaderState.under(stateDirectory);
    }
}
