package org.socorg.platform.ui.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's texts in the user's language, from the same bundles Vaadin's i18n provider reads
 * ({@code vaadin-i18n/translations*.properties}): Chinese (zh-CN) by default, English as the second language.
 * Usable without a running Vaadin session, so component tests read the same messages users see.
 */
public final class Texts {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "vaadin-i18n/translations";

    private final Locale locale;

    private Texts(Locale locale) {
        this.locale = locale;
    }

    /** English for an English-speaking user, Chinese for everyone else. */
    public static Texts of(Locale locale) {
        return new Texts(isEnglish(locale) ? Locale.ENGLISH : CHINESE);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return isEnglish(locale);
    }

    /** The text of {@code key}, with {@code {0}}-style parameters filled in; the key itself when it is missing. */
    public String get(String key, Object... params) {
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english() ? Locale.ROOT : CHINESE,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /**
     * The user's half of a bilingual label as the project's forms write them ({@code "组织类型 / Organization type"}):
     * the Chinese part for Chinese, the English part for English; a label without " / " is returned whole.
     */
    public String pick(String bilingual) {
        if (bilingual == null) {
            return "";
        }
        int slash = separator(bilingual);
        if (slash < 0) {
            return bilingual;
        }
        return english() ? bilingual.substring(slash + 1).strip() : bilingual.substring(0, slash).strip();
    }

    /**
     * Where a "中文 / English" text splits: the first slash with a space after it and, before it, a space or a
     * full-width character ("资金（元）/ Funds" as analysts type it next to full-width brackets). A slash inside a
     * word ("理事会/会员") or a path does not split. {@code -1} when the text is in one language.
     */
    static int separator(String text) {
        for (int i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1)) {
            boolean spaceAfter = i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
            char before = text.charAt(i - 1);
            if (spaceAfter && (Character.isWhitespace(before) || before > 0x2E7F)) {
                return i;
            }
        }
        return -1;
    }
}
