package com.unggulaxiom.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifests under docker/kubernetes hold what running the hub there needs: no cluster exists
 * here to apply them, so this test reads them and checks each field that matters.
 */
@SuppressWarnings("unchecked")
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("docker/kubernetes");
    private static final List<Map<String, Object>> OBJECTS = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                        if (document != null) {
                            OBJECTS.add((Map<String, Object>) document);
                        }
                    }
                }
            }
        }
    }

    private static Map<String, Object> object(String kind, String name) {
        return OBJECTS.stream()
                .filter(o -> kind.equals(o.get("kind")) && name.equals(map(o, "metadata").get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + MANIFESTS));
    }

    private static Map<String, Object> map(Map<String, Object> parent, String... path) {
        Map<String, Object> current = parent;
        for (String key : path) {
            current = (Map<String, Object>) current.get(key);
            assertNotNull(current, "missing " + key);
        }
        return current;
    }

    private static Map<String, Object> hubContainer() {
        List<Map<String, Object>> containers = (List<Map<String, Object>>) map(object("Deployment", "axiom-hub"), "spec", "template", "spec").get("containers");
        assertEquals(1, containers.size());
        return containers.getFirst();
    }

    @Test
    void theDeploymentRunsAtLeastTwoReplicas() {
        assertTrue((Integer) map(object("Deployment", "axiom-hub"), "spec").get("replicas") >= 2);
    }

    @Test
    void thePodsRunAsTheUnprivilegedUserOnAReadOnlyRoot() {
        Map<String, Object> pod = map(object("Deployment", "axiom-hub"), "spec", "template", "spec", "securityContext");
        assertEquals(true, pod.get("runAsNonRoot"));
        assertEquals(10001, pod.get("runAsUser"));
        Map<String, Object> container = map(hubContainer(), "securityContext");
        assertEquals(true, container.get("readOnlyRootFilesystem"));
        assertEquals(false, container.get("allowPrivilegeEscalation"));
        assertEquals(List.of("ALL"), map(container, "capabilities").get("drop"));
        List<Map<String, Object>> mounts = (List<Map<String, Object>>) hubContainer().get("volumeMounts");
        assertEquals(List.of("/tmp", "/var/lib/axiom-hub", "/var/lib/axiom-hub-runtime", "/run/secrets"),
                mounts.stream().map(m -> m.get("mountPath")).toList(), "writable: only /tmp, data and runtime; secrets read-only");
    }

    @Test
    void probesUseMicroProfileHealth() {
        assertEquals("/health/ready", map(hubContainer(), "readinessProbe", "httpGet").get("path"));
        assertEquals("/health/live", map(hubContainer(), "livenessProbe", "httpGet").get("path"));
    }

    @Test
    void resourcesAreRequestedAndLimited() {
        Map<String, Object> resources = map(hubContainer(), "resources");
        assertFalse(map(resources, "requests").isEmpty());
        assertNotNull(map(resources, "limits").get("cpu"));
        assertNotNull(map(resources, "limits").get("memory"));
    }

    @Test
    void theDataGridUsesKubernetesDiscoveryThroughAHeadlessService() {
        List<String> args = (List<String>) hubContainer().get("args");
        String mode = args.get(args.indexOf("--clustermode") + 1);
        assertEquals("kubernetes:axiom-hub,axiom-hub-grid", mode);
        Map<String, Object> grid = map(object("Service", "axiom-hub-grid"), "spec");
        assertEquals("None", grid.get("clusterIP"));
        assertTrue(OBJECTS.stream().anyMatch(o -> "Role".equals(o.get("kind"))), "discovery may read endpoints");
        assertEquals("axiom-hub", map(object("Deployment", "axiom-hub"), "spec", "template", "spec").get("serviceAccountName"));
    }

    @Test
    void aDisruptionBudgetKeepsOneHubUp() {
        assertEquals(1, map(object("PodDisruptionBudget", "axiom-hub"), "spec").get("minAvailable"));
    }

    @Test
    void theDatabasePasswordAndSigningKeyComeFromASecretAsFiles() {
        List<Map<String, Object>> volumes = (List<Map<String, Object>>) map(object("Deployment", "axiom-hub"), "spec", "template", "spec").get("volumes");
        Map<String, Object> secret = volumes.stream().filter(v -> v.containsKey("secret")).findFirst().map(v -> map(v, "secret"))
                .orElseThrow(() -> new AssertionError("no secret volume"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) secret.get("items");
        assertEquals(List.of("axiom.db.password", "axiom.session.signing-key"), items.stream().map(i -> i.get("path")).toList());
        List<Map<String, Object>> env = (List<Map<String, Object>>) hubContainer().get("env");
        assertFalse(env.stream().anyMatch(e -> String.valueOf(e.get("name")).contains("PASSWORD")), "no password in the environment");
    }
}
