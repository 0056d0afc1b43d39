package io.github.awesomedsl.model;

import io.github.awesomedsl.internal.DslFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole awesome list: title, badges, description, sections and footer.
 *
 * <p>Immutable; built with {@link #builder(String)} (or {@code AwesomeDsl.list(…)}). {@link
 * Builder#build()} throws {@link ModelException} on a structural mistake, naming the element, its route
 * and its line.
 *
 * @param title the H1 heading ("Awesome Foundation Models for Advancing Healthcare")
 * @param badges images shown beside the title
 * @param description paragraphs under the title
 * @param sections the top-level sections (H2)
 * @param contributing paragraphs of a closing "Contributing" section; empty for none
 * @param license paragraphs of a closing licence notice (rendered without a heading: awesome-lint
 *     forbids a License section); empty for none
 * @param suppressions validator findings accepted on purpose on the list itself (title, badge)
 * @param homepage the page the title links, when it is a link ({@code # [Awesome Python](https://…)})
 * @param location the {@code list(…)} call
 */
@DslFrame
public record AwesomeList(
        String title,
        List<Badge> badges,
        List<Paragraph> description,
        List<Section> sections,
        List<Paragraph> contributing,
        List<Paragraph> license,
        List<Suppression> suppressions,
        SourceLocation location,
        Optional<String> homepage) {

    public AwesomeList {
        Objects.requireNonNull(title, "title");
        badges = List.copyOf(badges);
        description = List.copyOf(description);
        sections = List.copyOf(sections);
        contributing = List.copyOf(contributing);
        license = List.copyOf(license);
        suppressions = List.copyOf(suppressions);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(homepage, "homepage");
    }

    /** A list whose title is plain text. */
    public AwesomeList(
            String title,
            List<Badge> badges,
            List<Paragraph> description,
            List<Section> sections,
            List<Paragraph> contributing,
            List<Paragraph> license,
            List<Suppression> suppressions,
            SourceLocation location) {
        this(title, badges, description, sections, contributing, license, suppressions, location, Optional.empty());
    }

    /** Starts a list; the line of this call is recorded for diagnostics. */
    public static Builder builder(String title) {
        return new Builder(title, SourceLocations.capture());
    }

    /** Fluent builder. */
    @DslFrame
    public static final class Builder {
        private final String title;
        private final SourceLocation location;
        private final List<Badge> badges = new ArrayList<>();
        private final List<Paragraph> description = new ArrayList<>();
        private final List<Section.Builder> sections = new ArrayList<>();
        private final List<Paragraph> contributing = new ArrayList<>();
        private final List<Paragraph> license = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();
        private String homepage;

        private Builder(String title, SourceLocation location) {
            this.title = Objects.requireNonNull(title, "list title must not be null");
            this.location = location;
        }

        /** Makes the title a link to the list's own site: {@code # [Awesome Python](https://awesome-python.com/)}. */
        public Builder homepage(String url) {
            this.homepage = Objects.requireNonNull(url, "homepage must not be null");
            return this;
        }

        public Builder badge(Badge badge) {
            badges.add(Objects.requireNonNull(badge, "badge must not be null"));
            return this;
        }

        /** A description paragraph of plain text. */
        public Builder description(String text) {
            return description(Inline.text(Objects.requireNonNull(text, "description must not be null")));
        }

        /** A description paragraph made of spans (text, links, code…). */
        public Builder description(Inline... inlines) {
            description.add(new Paragraph(List.of(inlines), SourceLocations.capture()));
            return this;
        }

        /** A paragraph of rich text: {@code description(text("See ").link("the survey", "https://…"))}; parts are joined. */
        public Builder description(RichText... parts) {
            return description(RichText.concat(parts).inlines().toArray(Inline[]::new));
        }

        public Builder section(Section.Builder section) {
            sections.add(Objects.requireNonNull(section, "section must not be null"));
            return this;
        }

        /** Adds top-level sections in order. */
        public Builder sections(Section.Builder... sections) {
            for (Section.Builder section : sections) {
                section(section);
            }
            return this;
        }

        /** A paragraph of the closing "Contributing" section. */
        public Builder contributing(Inline... inlines) {
            contributing.add(new Paragraph(List.of(inlines), SourceLocations.capture()));
            return this;
        }

        /** A paragraph of rich text: {@code contributing(text("See ").link("the survey", "https://…"))}; parts are joined. */
        public Builder contributing(RichText... parts) {
            return contributing(RichText.concat(parts).inlines().toArray(Inline[]::new));
        }

        /**
         * The repository's contributing guide (awesome-lint requires one): the Contributing section links it,
         * and the plugin checks that the file exists beside the README ({@code missing-file}).
         *
         * @param path the guide's path relative to the README, e.g. {@code contributing.md}
         */
        public Builder contributingGuide(String path) {
            Objects.requireNonNull(path, "contributing guide path must not be null");
            return contributing(RichText.of("Contributions welcome! Read the ")
                    .link("contribution guidelines", path)
                    .text(" first."));
        }

        /** A paragraph of the closing "Contributing" section. */
        public Builder contributing(String text) {
            return contributing(Inline.text(Objects.requireNonNull(text, "contributing text must not be null")));
        }

        /** A paragraph of the closing licence notice. */
        public Builder license(Inline... inlines) {
            license.add(new Paragraph(List.of(inlines), SourceLocations.capture()));
            return this;
        }

        /** A paragraph of rich text: {@code license(text("See ").link("the survey", "https://…"))}; parts are joined. */
        public Builder license(RichText... parts) {
            return license(RichText.concat(parts).inlines().toArray(Inline[]::new));
        }

        /** A paragraph of the closing licence notice. */
        public Builder license(String text) {
            return license(Inline.text(Objects.requireNonNull(text, "license text must not be null")));
        }

        /** Accepts a finding of the rule {@code ruleId} on the list itself, for the written {@code reason}. */
        public Builder suppress(String ruleId, String reason) {
            suppressions.add(Suppression.of(ruleId, reason));
            return this;
        }

        /** Builds the list, checking its structure; see {@link ModelException}. */
        public AwesomeList build() {
            List<Section> built = new ArrayList<>(sections.size());
            for (Section.Builder section : sections) {
                Section s;
                try {
                    s = section.build();
                } catch (ModelException e) {
                    throw e.within("list \"" + title + "\"");
                }
                requireDepth(s, 1, "list \"" + title + "\" › section \"" + s.title() + "\"");
                built.add(s);
            }
            return new AwesomeList(
                    title,
                    badges,
                    description,
                    built,
                    contributing,
                    license,
                    suppressions,
                    location,
                    Optional.ofNullable(homepage));
        }

        private static void requireDepth(Section section, int depth, String route) {
            if (depth > Section.MAX_DEPTH) {
                throw new ModelException(
                        route,
                        section.location(),
                        "sections nest at most " + Section.MAX_DEPTH + " levels (H2 to H4);"
                                + " move this section up a level or turn it into a table or entries");
            }
            for (Section subsection : section.subsections()) {
                requireDepth(subsection, depth + 1, route + " › section \"" + subsection.title() + "\"");
            }
        }
    }
}
