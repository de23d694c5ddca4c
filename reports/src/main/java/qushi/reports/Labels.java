package qushi.reports;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Resources;

/**
 * The report's words in one language, read from {@code qushi/reports/labels_<lang>.properties}
 * (UTF-8). Every label the page shows comes from here, so {@code --lang en} switches all of them.
 */
public final class Labels {
  /** The languages a report can be written in. */
  public enum Lang {
    /** Simplified Chinese, the default. */
    ZH("zh-CN"),
    /** English. */
    EN("en");

    private final String tag;

    Lang(String tag) {
      this.tag = tag;
    }

    /** Returns the BCP 47 tag for the page's {@code lang} attribute. */
    public String tag() {
      return tag;
    }

    /**
     * Returns the language named {@code name} ({@code zh} or {@code en}, any case).
     *
     * @throws BadInputException for any other name
     */
    public static Lang parse(String name) {
      for (Lang l : values()) if (l.name().equalsIgnoreCase(name)) return l;
      throw BadInputException.option("lang", "must be zh or en, was '" + name + "'");
    }
  }

  private final Lang lang;
  private final Map<String, String> map;

  private Labels(Lang lang, Map<String, String> map) {
    this.lang = lang;
    this.map = map;
  }

  /** Returns the labels of {@code lang}. */
  public static Labels of(Lang lang) {
    String name = "/qushi/reports/labels_" + lang.name().toLowerCase(Locale.ROOT) + ".properties";
    Properties p = Resources.properties(name);
    Map<String, String> m = new TreeMap<>();
    for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
    return new Labels(lang, m);
  }

  /** Returns the language. */
  public Lang lang() {
    return lang;
  }

  /**
   * Returns the label {@code key}; throws if the bundle lacks it, so a missing label fails loudly.
   */
  public String get(String key) {
    String v = map.get(key);
    if (v == null) throw new IllegalStateException("no label '" + key + "' for language " + lang);
    return v;
  }

  /** Returns the label {@code key} with {@code %s}-style placeholders filled in. */
  public String format(String key, Object... args) {
    return String.format(Locale.ROOT, get(key), args);
  }

  /** Returns whether the bundle has {@code key}. */
  public boolean has(String key) {
    return map.containsKey(key);
  }

  /** Returns all keys, sorted. */
  public java.util.Set<String> keys() {
    return java.util.Collections.unmodifiableSet(map.keySet());
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "Labels[" + lang + ", " + map.size() + " keys]";
  }
}
