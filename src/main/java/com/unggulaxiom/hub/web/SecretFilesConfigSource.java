package com.unggulaxiom.hub.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Configuration from secret files, as container platforms mount them: every regular file in the directory
 * named by the environment variable {@code AXIOM_SECRETS_DIR} (default {@code /run/secrets}) is a key, its
 * content (without the final line break) the value; e.g. {@code /run/secrets/axiom.db.password}. Environment
 * variables and system properties win over these files; the files win over the defaults in the WAR.
 * Written by hand because Payara Micro 7 has no secrets-directory source of its own.
 */
public class SecretFilesConfigSource implements ConfigSource {

    /** Below environment variables (300), above microprofile-config.properties (100). */
    static final int ORDINAL = 250;
    static final String DIRECTORY_VARIABLE = "AXIOM_SECRETS_DIR";
    static final String DEFAULT_DIRECTORY = "/run/secrets";

    private final Map<String, String> values;

    public SecretFilesConfigSource() {
        this(Path.of(System.getenv().getOrDefault(DIRECTORY_VARIABLE, DEFAULT_DIRECTORY)));
    }

    SecretFilesConfigSource(Path directory) {
        this.values = read(directory);
    }

    private static Map<String, String> read(Path directory) {
        Map<String, String> values = new HashMap<>();
        if (!Files.isDirectory(directory)) {
            return values;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).filter(Files::isReadable).toList()) {
                values.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8).stripTrailing());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the secrets in " + directory, e);
        }
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "axiom-hub secret files";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
