package io.github.awesomedsl.render;

/**
 * How many columns a string takes in a monospaced view of the Markdown source (GitHub's code view, an
 * editor): East Asian wide and fullwidth characters and emoji count 2, combining marks, zero-width
 * characters, variation selectors and whatever follows a zero-width joiner count 0, the rest 1.
 *
 * <p>This follows {@code wcwidth} and Unicode's East Asian Width property in its main ranges; it is
 * used to align table pipes, where an approximation costs a misaligned column, never broken Markdown.
 */
public final class DisplayWidth {

    private DisplayWidth() {}

    /** The width of {@code text} in columns. */
    public static int of(CharSequence text) {
        int width = 0;
        boolean joined = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp == 0x200D) { // zero-width joiner: the next code point joins the previous glyph
                joined = true;
                continue;
            }
            if (joined) {
                joined = false;
                continue;
            }
            width += of(cp);
        }
        return width;
    }

    /** The width of one code point: 0, 1 or 2. */
    public static int of(int cp) {
        if (cp == 0) {
            return 0;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            return 0;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
                return 0;
            default:
                break;
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return 0; // variation selectors, emoji skin-tone modifiers
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || cp == 0x231A
                || cp == 0x231B
                || cp == 0x2329
                || cp == 0x232A
                || (cp >= 0x23E9 && cp <= 0x23EC)
                || cp == 0x23F0
                || cp == 0x23F3
                || cp == 0x25FD
                || cp == 0x25FE
                || cp == 0x2614
                || cp == 0x2615
                || (cp >= 0x2648 && cp <= 0x2653)
                || cp == 0x267F
                || cp == 0x2693
                || cp == 0x26A1
                || cp == 0x26AA
                || cp == 0x26AB
                || cp == 0x26BD
                || cp == 0x26BE
                || cp == 0x26C4
                || cp == 0x26C5
                || cp == 0x26CE
                || cp == 0x26D4
                || cp == 0x26EA
                || cp == 0x26F2
                || cp == 0x26F3
                || cp == 0x26F5
                || cp == 0x26FA
                || cp == 0x26FD
                || cp == 0x2705
                || cp == 0x270A
                || cp == 0x270B
                || cp == 0x2728
                || cp == 0x274C
                || cp == 0x274E
                || (cp >= 0x2753 && cp <= 0x2755)
                || cp == 0x2757
                || (cp >= 0x2795 && cp <= 0x2797)
                || cp == 0x27B0
                || cp == 0x27BF
                || cp == 0x2B1B
                || cp == 0x2B1C
                || cp == 0x2B50
                || cp == 0x2B55
                || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF) // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compat
                || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
                || (cp >= 0xA960 && cp <= 0xA97F) // Hangul Jamo extended A
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth forms
                || (cp >= 0x16FE0 && cp <= 0x18CFF) // Tangut and friends
                || (cp >= 0x1B000 && cp <= 0x1B2FF) // Kana supplement, Nushu
                || cp == 0x1F004
                || cp == 0x1F0CF
                || cp == 0x1F18E
                || (cp >= 0x1F191 && cp <= 0x1F19A)
                || (cp >= 0x1F200 && cp <= 0x1F251)
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
                || (cp >= 0x1F680 && cp <= 0x1F6FF) // transport and map symbols
                || (cp >= 0x1F7E0 && cp <= 0x1F7EB)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental symbols and pictographs
                || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x2FFFD) // CJK extensions B..F
                || (cp >= 0x30000 && cp <= 0x3FFFD); // CJK extension G
    }
}
