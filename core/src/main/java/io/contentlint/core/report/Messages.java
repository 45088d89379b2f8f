package io.contentlint.core.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message templates from resource bundles ({@code Foo.properties}, {@code Foo_fr.properties}).
 * Placeholders are {@code {0}}, {@code {1}}...; unlike MessageFormat an apostrophe is just an
 * apostrophe, which matters in French ("l'API").
 */
public final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The template {@code key} of bundle {@code bundleBaseName}, filled with {@code args}. */
    public String format(String bundleBaseName, String key, Object... args) {
        return fill(template(bundleBaseName, key), args);
    }

    public String template(String bundleBaseName, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(bundleBaseName, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in " + bundleBaseName, e);
        }
    }

    static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(template, i + 1, close)) {
                int index = Integer.parseInt(template, i + 1, close, 10);
                out.append(index < args.length ? String.valueOf(args[index]) : template.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
