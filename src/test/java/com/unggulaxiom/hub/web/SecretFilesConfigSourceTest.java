package com.unggulaxiom.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesConfigSourceTest {

    @Test
    void eachFileIsAKeyAndItsContentTheValue(@TempDir Path secrets) throws Exception {
        Files.writeString(secrets.resolve("axiom.db.password"), "s3cret\n");
        Files.writeString(secrets.resolve("axiom.session.signing-key"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        Files.createDirectory(secrets.resolve("not-a-key"));
        SecretFilesConfigSource source = new SecretFilesConfigSource(secrets);
        assertEquals(Set.of("axiom.db.password", "axiom.session.signing-key"), source.getPropertyNames());
        assertEquals("s3cret", source.getValue("axiom.db.password"));
        assertEquals("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", source.getValue("axiom.session.signing-key"));
        assertNull(source.getValue("axiom.rp.id"));
        assertEquals(250, source.getOrdinal());
    }

    @Test
    void aMissingDirectoryHoldsNothing(@TempDir Path work) {
        assertEquals(Set.of(), new SecretFilesConfigSource(work.resolve("absent")).getPropertyNames());
    }
}
