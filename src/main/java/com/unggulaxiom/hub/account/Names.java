package com.unggulaxiom.hub.account;

import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for the names a person gives: their username and the name shown to them. */
public final class Names {

    /**
     * 3 to 64 of a-z, 0-9 and {@code . _ - @ +}, starting with a letter or digit: enough for handles and e-mail
     * addresses, nothing that looks like another name once rendered (no spaces, no confusable letters).
     */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{2,63}");
    private static final int DISPLAY_NAME_MAX = 64;

    private Names() {
    }

    /** The normalised form of {@code username} (NFKC, trimmed, lower case), or a refusal saying what is wrong. */
    public static String username(String username) {
        if (username == null) {
            throw new RefusedException(Refusal.INVALID_USERNAME, "A username is required.");
        }
        String normalised = Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new RefusedException(Refusal.INVALID_USERNAME,
                    "A username has 3 to 64 characters: letters a-z, digits and . _ - @ +, starting with a letter or digit.");
        }
        return normalised;
    }

    /** A passkey label as its owner typed it: NFC, trimmed, 1 to 64 characters, no control characters. */
    public static String label(String label) {
        String normalised = label == null ? "" : Normalizer.normalize(label, Normalizer.Form.NFC).strip();
        if (normalised.isEmpty() || !isShowable(normalised)) {
            throw new RefusedException(Refusal.INVALID_LABEL,
                    "A passkey label has 1 to " + DISPLAY_NAME_MAX + " characters and no control characters.");
        }
        return normalised;
    }

    /** At most 64 characters, none of them control or invisible formatting characters. */
    private static boolean isShowable(String text) {
        return text.codePointCount(0, text.length()) <= DISPLAY_NAME_MAX
                && text.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }

    /** The display name to keep (NFC, trimmed; the username when none is given), or a refusal. */
    public static String displayName(String displayName, String username) {
        if (displayName == null || displayName.isBlank()) {
            return username;
        }
        String normalised = Normalizer.normalize(displayName, Normalizer.Form.NFC).strip();
        if (!isShowable(normalised)) {
            throw new RefusedException(Refusal.INVALID_DISPLAY_NAME,
                    "A display name has at most " + DISPLAY_NAME_MAX + " characters and no control characters.");
        }
        return normalised;
    }
}
