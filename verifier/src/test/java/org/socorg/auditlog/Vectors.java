package org.socorg.auditlog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The public test vectors, copied from the project's shared test data into test resources. */
final class Vectors {

    private Vectors() {
    }

    static Map<String, Object> load(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
            return Json.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> json, String field) {
        return (List<Map<String, Object>>) json.get(field);
    }

    @SuppressWarnings("unchecked")
    static List<byte[]> hashes(Object hexList) {
        return ((List<String>) hexList).stream().map(Hex::decode).toList();
    }
}
