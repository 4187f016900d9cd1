package dev.lectern.ssh;

import java.nio.file.Path;
import java.security.PublicKey;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * Who may read: the keys of an OpenSSH authorized_keys file (read again when it changes), or
 * any key in a public reading room. Either way only ed25519, ecdsa and RSA of 2048 bits or more,
 * and the key accepted becomes the reader's identity (its SHA256 fingerprint).
 */
final class ReaderKeys implements PublickeyAuthenticator {
    /** The fingerprint of the key a session was let in with. */
    static final AttributeRepository.AttributeKey<String> READER = new AttributeRepository.AttributeKey<>();

    private final PublickeyAuthenticator authorized;

    private ReaderKeys(PublickeyAuthenticator authorized) {
        this.authorized = authorized;
    }

    static ReaderKeys from(Path authorizedKeys) {
        return new ReaderKeys(new AuthorizedKeysAuthenticator(authorizedKeys) {
            @Override
            protected boolean isValidUsername(String username, ServerSession session) {
                // Any user name: the key alone says who reads.
                return true;
            }
        });
    }

    static ReaderKeys anyKey() {
        return new ReaderKeys((username, key, session) -> true);
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        if (!strongEnough(key)) {
            return false;
        }
        boolean in;
        try {
            in = authorized.authenticate(username, key, session);
        } catch (RuntimeException e) {
            in = false; // an unreadable authorized_keys lets nobody in
        }
        if (in) {
            session.setAttribute(READER, KeyUtils.getFingerPrint(key));
        }
        return in;
    }

    static boolean strongEnough(PublicKey key) {
        String type = KeyUtils.getKeyType(key);
        if (type == null) {
            return false;
        }
        if (type.equals("ssh-ed25519") || type.startsWith("ecdsa-sha2-nistp")) {
            return true;
        }
        return type.equals("ssh-rsa") && KeyUtils.getKeySize(key) >= 2048;
    }
}
