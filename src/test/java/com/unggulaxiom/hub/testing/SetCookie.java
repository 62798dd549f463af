package com.unggulaxiom.hub.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code Set-Cookie} header as a browser reads it (RFC 6265 §5.2): the name and value, and the attributes by
 * lower-case name ({@code null} value for flags such as {@code HttpOnly}).
 */
public record SetCookie(String name, String value, Map<String, String> attributes) {

    public static SetCookie parse(String header) {
        String[] parts = header.split(";");
        String[] pair = parts[0].split("=", 2);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] attribute = parts[i].strip().split("=", 2);
            attributes.put(attribute[0].toLowerCase(Locale.ROOT), attribute.length > 1 ? attribute[1] : null);
        }
        return new SetCookie(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "", attributes);
    }

    /** The one {@code Set-Cookie} of {@code response} for {@code name}. */
    public static SetCookie of(HttpResponse<?> response, String name) {
        return response.headers().allValues("set-cookie").stream().map(SetCookie::parse)
                .filter(cookie -> cookie.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name + " in " + response.headers().map()));
    }

    public boolean has(String attribute) {
        return attributes.containsKey(attribute.toLowerCase(Locale.ROOT));
    }

    public String attribute(String attribute) {
        return attributes.get(attribute.toLowerCase(Locale.ROOT));
    }
}
