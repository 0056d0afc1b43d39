package io.github.awesomedsl.maven.output.code;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import javax.lang.model.SourceVersion;

/**
 * Java names for generated members, derived from titles, and the scope that hands them out.
 *
 * <p>Derivation: constants in {@code UPPER_SNAKE_CASE} of the short name before a colon ({@code "MedCPT:
 * A method for …"} → {@code MEDCPT}), words added until it is longer than {@value #CONSTANT_WORDS_UNTIL}
 * characters and at most {@value #MAX_CONSTANT_LENGTH}; classes in
 * {@code UpperCamelCase} ({@code "LFM methods in healthcare"} → {@code LfmMethodsInHealthcare}), at
 * most {@value #MAX_TYPE_BYTES} bytes of UTF-8, so that a class file three sections deep keeps a name
 * any file system takes. A name cut to fit ends in four hex digits of a checksum of the whole title, so
 * that long titles that share a beginning still differ, and a title always gives the same name. Accents are dropped, anything that cannot be in a name becomes a word break, a
 * leading digit gets an {@code N} in front. A derived name never starts or ends with {@code _} nor holds
 * {@code __} or {@code $}, and a class name holds no {@code _Part}: the generators name their own helpers
 * that way ({@code ENTRIES_}, {@code Section_Part1}), so no title can take them.
 *
 * <p>A scope ({@link #JavaNames(String, List)}) holds one class's member names, each with its owner.
 * A name is never given a suffix: a second owner of a name is recorded as a {@link NameCollision}, so
 * that a constant, once derived, keeps pointing at its element instead of moving to a newcomer.
 */
public final class JavaNames {

    /** Words are added to a constant until it is longer than this. */
    static final int CONSTANT_WORDS_UNTIL = 60;

    /** A constant longer than this (one enormous word) is cut, and ends in a checksum. */
    static final int MAX_CONSTANT_LENGTH = 100;

    static final int MAX_TYPE_BYTES = 40;

    /** A name two owners want in one scope. */
    record NameCollision(String scope, String name, String first, String second) {
        @Override
        public String toString() {
            return scope + "." + name + ": " + first + " and " + second;
        }
    }

    private final String scope;
    private final Map<String, String> owners = new LinkedHashMap<>();
    private final List<NameCollision> collisions;

    /**
     * @param scope the class whose members these are, for messages ({@code ToolsCatalog.Build})
     * @param collisions where collisions are recorded (shared by all scopes of one generation)
     */
    JavaNames(String scope, List<NameCollision> collisions) {
        this.scope = scope;
        this.collisions = collisions;
    }

    /** Claims {@code name} for {@code owner}; a name another owner holds is recorded as a collision. */
    String claim(String name, String owner) {
        String previous = owners.putIfAbsent(name, owner);
        if (previous != null) {
            collisions.add(new NameCollision(scope, name, previous, owner));
        }
        return name;
    }

    /** {@code MEDCPT} for "MedCPT: A method …": the short name before a colon, else the whole title. */
    public static String constantBase(String title) {
        String t = title.strip();
        int colon = t.indexOf(':');
        if (colon > 0 && colon <= 48) {
            t = t.substring(0, colon);
        }
        StringBuilder out = new StringBuilder();
        for (String word : words(t)) {
            if (out.length() > 0) {
                out.append('_');
            }
            out.append(word.toUpperCase(Locale.ROOT));
            if (out.length() > CONSTANT_WORDS_UNTIL) {
                break;
            }
        }
        String name = legal(out.toString(), "ENTRY");
        if (name.length() <= MAX_CONSTANT_LENGTH) {
            return name;
        }
        return cut(name, MAX_CONSTANT_LENGTH - 5) + "_" + checksum(t);
    }

    /** {@code LfmMethodsInHealthcare} for "LFM methods in healthcare". */
    public static String typeBase(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : words(title)) {
            out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                    .append(word.substring(Character.charCount(word.codePointAt(0)))
                            .toLowerCase(Locale.ROOT));
            if (out.length() > MAX_TYPE_BYTES) {
                break;
            }
        }
        String name = legal(out.toString(), "Section");
        if (utf8Length(name) <= MAX_TYPE_BYTES) {
            return name;
        }
        String suffix = "_" + checksum(title.strip());
        while (utf8Length(name) + suffix.length() > MAX_TYPE_BYTES) {
            name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        }
        return name + suffix;
    }

    /** {@code lfmMethodsInHealthcare}: the lower camel case of {@link #typeBase(String)}. */
    static String methodBase(String title) {
        String base = typeBase(title);
        return legal(base.substring(0, 1).toLowerCase(Locale.ROOT) + base.substring(1), "section");
    }

    /** The first {@code length} characters (a surrogate pair kept whole), without a trailing underscore. */
    private static String cut(String name, int length) {
        int end = Math.min(name.length(), length);
        if (end < name.length() && Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && name.charAt(end - 1) == '_') {
            end--;
        }
        return name.substring(0, end);
    }

    /** Four hex digits of a CRC of the whole title: the same title, the same digits. */
    private static String checksum(String title) {
        CRC32 crc = new CRC32();
        crc.update(title.getBytes(StandardCharsets.UTF_8));
        return String.format("%04X", crc.getValue() & 0xFFFF);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String[] words(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder cleaned = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); ) {
            int c = ascii.codePointAt(i);
            i += Character.charCount(c);
            cleaned.appendCodePoint(Character.isLetterOrDigit(c) && Character.isJavaIdentifierPart(c) ? c : ' ');
        }
        String s = cleaned.toString().strip();
        return s.isEmpty() ? new String[0] : s.split(" +");
    }

    private static String legal(String name, String fallback) {
        if (name.isEmpty()) {
            return fallback;
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "N" + name; // "10x Genomics" → N10X_GENOMICS
        }
        // A keyword (only lower case ones exist) or a literal: "class" → Class as a type, but "true" as a method
        return SourceVersion.isKeyword(name) ? name + "Of" : name;
    }
}
