package io.github.awesomedsl.example.healthcare;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Nothing of the seed list is lost: every entry title, every dataset name and every well-formed URL of
 * {@code shared/seed/awesome-foundation-models-healthcare.md} appears in the rendered README. The only
 * exceptions are listed below with their reason.
 */
class SeedParityTest {

    private static final Path SEED = Path.of("../../shared/seed/awesome-foundation-models-healthcare.md");

    /** Seed content deliberately not in the README, and why. */
    private static final Set<String> EXCEPTIONS = Set.of(
            // the list's title is written as words: "Awesome Foundation Models for Advancing Healthcare"
            "Awesome-Foundation-Models-for-Advancing-Healthcare");

    private static final Pattern ENTRY =
            Pattern.compile("^\\s*- (?:\\[([^\\]]+)\\] )?(.+?)\\s*,?\\s*\\[\\[(?:Paper|Code)\\]\\]");
    private static final Pattern ROW_NAME =
            Pattern.compile("^\\|\\s*(?:\\[([^\\]]*)\\]\\([^|]*\\)|([^|\\[]+?))\\s*\\|");

    @Test
    void everyTitleDatasetAndUrlOfTheSeedIsInTheReadme() throws Exception {
        if (!Files.exists(SEED)) {
            // The seed lies beside the checkout in the project's workspace and in CI, not in a plain clone.
            String message = "SEED PARITY NOT CHECKED: " + SEED.toAbsolutePath().normalize() + " is missing";
            System.err.println("!!! " + message);
            assertThat("true".equals(System.getenv("CI")))
                    .as(message + " (required in CI)")
                    .isFalse();
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        List<String> seed = Files.readAllLines(SEED, UTF_8);
        String readme = unescape(Files.readString(Path.of("README.md"), UTF_8));

        Set<String> titles = new LinkedHashSet<>();
        Set<String> datasets = new LinkedHashSet<>();
        Set<String> urls = new LinkedHashSet<>();
        boolean inTable = false;
        for (String line : seed) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.find()) {
                titles.add(stripFinalPeriod(entry.group(2).strip()));
            }
            inTable = line.startsWith("|");
            Matcher row = ROW_NAME.matcher(line);
            if (inTable && row.find() && !line.contains(":---")) {
                String name = (row.group(1) != null ? row.group(1) : row.group(2)).strip();
                if (!name.isEmpty() && !name.equals("Dataset  Name")) {
                    datasets.add(name);
                }
            }
            urls.addAll(wellFormedUrls(line));
        }
        assertThat(titles).as("entry titles found in the seed").hasSize(74);
        assertThat(datasets).as("named dataset rows found in the seed").hasSize(27);

        List<String> missing = new ArrayList<>();
        for (Set<String> kind : List.of(titles, datasets, urls)) {
            for (String text : kind) {
                if (!readme.contains(text) && !EXCEPTIONS.contains(text)) {
                    missing.add(text);
                }
            }
        }
        assertThat(missing).as("seed content missing from README.md").isEmpty();
    }

    /** http(s) URLs of Markdown link targets, parentheses balanced ("…S2405-4712(23)00272-7"). */
    private static List<String> wellFormedUrls(String line) {
        List<String> urls = new ArrayList<>();
        for (int at = line.indexOf("http"); at >= 0; at = line.indexOf("http", at + 1)) {
            if (!line.startsWith("http://", at) && !line.startsWith("https://", at)) {
                continue;
            }
            int depth = 0;
            int end = at;
            while (end < line.length()) {
                char c = line.charAt(end);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth-- == 0) {
                    break;
                } else if (c == ' ' || c == ']' || c == '|') {
                    break;
                }
                end++;
            }
            urls.add(line.substring(at, end));
        }
        return urls;
    }

    private static String stripFinalPeriod(String title) {
        return title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
    }

    /** The README's text with Markdown backslash escapes removed. */
    private static String unescape(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
    }
}
