package dev.lectern.doc;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A library made of web addresses ({@code lectern serve URLS.txt}): a list of addresses, one a
 * line, {@code #} comments and blank lines left out. Each article is fetched (as
 * {@code lectern URL} fetches) once: when the server fetches the missing ones in the background
 * ({@link #fetchMissing}), or the first time a reader opens it, kept in the {@link DocumentCache}
 * and saved as a clean HTML file (a {@link SavedArticle}) in the library's directory under the
 * server's state directory, so that a restart reads the copy instead of fetching again.
 *
 * <p>A reader names an article by its number in the list (1 for the first address), or by the
 * address itself. The directory holds {@value #ADDRESSES}, the addresses in order, which is how
 * {@link LibraryScope} knows the names; each copy's file is named by a digest of its address,
 * so editing the list never gives an article another's copy.
 */
public final class WebLibrary {
    /** The file in the library's directory that lists its addresses, one a line, in order. */
    static final String ADDRESSES = ".lectern-addresses";

    private final Path listFile;
    private final Path directory;
    private final List<URI> addresses;
    private final FetchSettings fetch;
    private final DocumentCache documents;
    /** One fetch at a time per article: a reader who asks while it is fetched waits for it. */
    private final Object[] fetching;

    private WebLibrary(Path listFile, Path directory, List<URI> addresses, FetchSettings fetch, DocumentCache documents) {
        this.listFile = listFile;
        this.directory = directory;
        this.addresses = addresses;
        this.fetch = fetch;
        this.documents = documents;
        this.fetching = new Object[addresses.size()];
        for (int i = 0; i < fetching.length; i++) {
            fetching[i] = new Object();
        }
    }

    /**
     * The library of {@code listFile}, its copies under {@code stateDirectory/web-library/}. A
     * line that is no web address is refused with its line number; a list with no address is too.
     */
    public static WebLibrary open(Path listFile, Path stateDirectory, FetchSettings fetch, DocumentCache documents)
            throws UnreadableDocumentException {
        List<URI> addresses = readList(listFile);
        Path real;
        try {
            real = listFile.toRealPath();
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot read " + listFile + ": " + e.getMessage() + ".");
        }
        String name = real.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        Path directory = stateDirectory.resolve("web-library").resolve(name + "-" + digest(real.toString()));
        StringBuilder listed = new StringBuilder();
        addresses.forEach(address -> listed.append(address).append('\n'));
        try {
            directory = Files.createDirectories(directory).toRealPath();
            WholeFile.write(directory.resolve(ADDRESSES), listed.toString());
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot keep the web library's copies in " + directory + ": " + e.getMessage() + ".");
        }
        return new WebLibrary(real, directory, List.copyOf(addresses), fetch, documents);
    }

    /** The addresses of a list file, in order. */
    static List<URI> readList(Path listFile) throws UnreadableDocumentException {
        List<String> lines;
        try {
            lines = Files.readAllLines(listFile, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(listFile + " is not a UTF-8 text of web addresses.");
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot read " + listFile + ": " + e.getMessage() + ".");
        }
        List<URI> addresses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                addresses.add(WebAddress.parse(line));
            } catch (UnreadableDocumentException e) {
                throw new UnreadableDocumentException(listFile.getFileName() + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (addresses.isEmpty()) {
            throw new UnreadableDocumentException("No web addresses in " + listFile + " (one a line; # starts a comment).");
        }
        return addresses;
    }

    /** True when {@code directory} is a web library's (see {@link #ADDRESSES}). */
    /** How a library is called on its screen: a web library by its list's name, not its directory's. */
    public static String nameOf(Path directory) {
        String name = directory.getFileName() == null ? "/" : directory.getFileName().toString();
        return isOne(directory) ? name.replaceFirst("-[0-9a-f]+$", "") : name; // the directory is LIST-DIGEST
    }

    static boolean isOne(Path directory) {
        return Files.isRegularFile(directory.resolve(ADDRESSES));
    }

    /** The addresses a web library's directory lists, in order. */
    static List<String> listedIn(Path directory) throws IOException {
        return Files.readAllLines(directory.resolve(ADDRESSES), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
    }

    /** Where the copy of the article at {@code address} is kept in a web library's directory. */
    static Path copyOf(Path directory, String address) {
        return directory.resolve(digest(address) + ".html");
    }

    public Path listFile() {
        return listFile;
    }

    /** The directory of the saved copies: the library a {@link LibraryScope} is made on. */
    public Path directory() {
        return directory;
    }

    public List<URI> addresses() {
        return addresses;
    }

    public int size() {
        return addresses.size();
    }

    /** The number (from 1) of the article whose copy's path is {@code file}; 0 when none is. */
    public int numberOf(String file) {
        for (int i = 0; i < addresses.size(); i++) {
            if (copyOf(directory, addresses.get(i).toString()).toString().equals(file)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The file the article numbered {@code number} is kept in, fetched or not yet. */
    public Path copy(int number) {
        return copyOf(directory, address(number).toString());
    }

    /**
     * The article numbered {@code number} (from 1): its saved copy, fetched and saved first if
     * there is none yet (once, however many readers ask at once), read through the cache like
     * any file of a library. Every reader reads the copy as saved, so a restart shows the same
     * paragraphs and positions still fit; the copy keeps its address, which is its reading key
     * (as for an article of the reading list), so positions do not depend on where copies are kept.
     */
    public Document article(int number) throws UnreadableDocumentException {
        Path copy = copy(number);
        if (!Files.isRegularFile(copy)) {
            synchronized (fetching[number - 1]) {
                if (!Files.isRegularFile(copy)) {
                    Document fetched = Download.fetch(address(number), fetch);
                    try {
                        WholeFile.write(copy, SavedArticle.toHtml(fetched, Instant.now()));
                    } catch (IOException e) {
                        throw new UnreadableDocumentException("Cannot save the copy of " + address(number) + ": " + e.getMessage() + ".");
                    }
                }
            }
        }
        return documents.open(copy, () -> Opening.complete(SavedArticle.load(copy).document())).whole();
    }

    /**
     * Fetches, one after the other, every article that has no copy yet, so that the library's
     * directory (what the full-screen library shows) fills without a reader waiting; each article
     * that cannot be fetched is told to {@code problems}, and is tried again when it is asked for.
     * Returns how many were fetched.
     */
    public int fetchMissing(java.util.function.Consumer<String> problems) {
        int fetched = 0;
        for (int number = 1; number <= addresses.size(); number++) {
            if (Files.isRegularFile(copy(number))) {
                continue;
            }
            try {
                article(number);
                fetched++;
            } catch (UnreadableDocumentException | RuntimeException e) {
                problems.accept(number + ": " + e.getMessage()); // the message names the address
            }
        }
        return fetched;
    }

    /** The article when it has been fetched already, else null: nothing is fetched. */
    public Document savedArticle(int number) {
        if (!Files.isRegularFile(copy(number))) {
            return null;
        }
        try {
            return article(number);
        } catch (UnreadableDocumentException e) {
            return null;
        }
    }

    private URI address(int number) {
        if (number < 1 || number > addresses.size()) {
            throw new IllegalArgumentException("no article " + number + " in a list of " + addresses.size());
        }
        return addresses.get(number - 1);
    }

    private static String digest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
