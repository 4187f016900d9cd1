package dev.lectern.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Iterator;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The server's ed25519 host key: made on first start (OpenSSH format, mode 0600, in a 0700
 * directory) and kept, so that readers' known_hosts stay valid across restarts.
 */
final class HostKey {
    private final SimpleGeneratorHostKeyProvider provider;
    private final KeyPair keyPair;

    private HostKey(SimpleGeneratorHostKeyProvider provider, KeyPair keyPair) {
        this.provider = provider;
        this.keyPair = keyPair;
    }

    /** $XDG_DATA_HOME/lectern/ssh_host_ed25519_key, else ~/.local/share/lectern/... */
    static Path defaultFile(java.util.Map<String, String> environment) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("lectern").resolve("ssh_host_ed25519_key");
    }

    static HostKey load(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            restrict(directory, "rwx------");
        }
        boolean made = !Files.exists(file);
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
        provider.setAlgorithm(SecurityUtils.EDDSA);
        provider.setOverwriteAllowed(false);
        KeyPair keyPair;
        try {
            Iterator<KeyPair> keys = provider.loadKeys(null).iterator();
            if (!keys.hasNext()) {
                throw new IOException("no key in " + file);
            }
            keyPair = keys.next();
        } catch (RuntimeException e) {
            throw new IOException("cannot read the host key " + file + ": " + e.getMessage(), e);
        }
        if (made || !Files.isSymbolicLink(file)) {
            restrict(file, "rw-------");
        }
        if (!"ssh-ed25519".equals(KeyUtils.getKeyType(keyPair.getPublic()))) {
            throw new IOException("the host key " + file + " is not an ed25519 key");
        }
        return new HostKey(provider, keyPair);
    }

    SimpleGeneratorHostKeyProvider provider() {
        return provider;
    }

    /** As ssh-keygen -l shows it: SHA256:... */
    String fingerprint() {
        return KeyUtils.getFingerPrint(keyPair.getPublic());
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: its own access rules apply.
        }
    }
}
