package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.Venue;
import org.junit.jupiter.api.Test;

/** The defects awesome-lint finds that the first rules missed: a repeated name, a forgotten venue, plain http. */
class NewDefectRulesTest {

    @Test
    void aDescriptionThatRepeatsTheNameIsReported() {
        var list = list("Awesome")
                .section(section("S")
                        .entry(entry("Foo").url("https://foo.example.com").description("Foo is a tool for bars."))
                        .entry(entry("Bar").url("https://bar.example.com").description("Barista tools."))
                        .entry(entry("Baz").url("https://baz.example.com").description("A tool, unlike Baz.")))
                .build();
        assertThat(RuleFindings.messages(new RepeatedNameRule(), list))
                .containsExactly(
                        "repeated-name S › Foo: the description starts with the name \"Foo\", which stands right before it; start with"
                                + " what it does (\"is a tool for bars.\")");
    }

    @Test
    void anEntryWithoutTheVenueEveryOtherEntryHasIsReported() {
        var section = section("Papers");
        for (int i = 0; i < 5; i++) {
            section.entry(
                    entry("Paper " + i).venue(Venue.of("Nature")).year(2023).paper("https://p.example.com/" + i));
        }
        section.entry(entry("Forgotten").year(2023).paper("https://p.example.com/f"));
        assertThat(RuleFindings.messages(
                        new MissingVenueRule(), list("Awesome").section(section).build()))
                .containsExactly(
                        "missing-venue Papers › Forgotten: the entry names no venue, but 5 of the list's 6 entries do; add .venue(…)");
    }

    @Test
    void aListWhereVenuesAreRareIsNotAPaperList() {
        var section = section("Papers");
        for (int i = 0; i < 6; i++) {
            section.entry(entry("Paper " + i).year(2023).paper("https://p.example.com/" + i));
        }
        section.entry(entry("One").venue(Venue.of("Nature")).year(2023).paper("https://p.example.com/one"));
        assertThat(RuleFindings.of(
                        new MissingVenueRule(), list("Awesome").section(section).build()))
                .isEmpty();
    }

    @Test
    void plainHttpOfAnUnknownHostIsAnInfoNotSilence() {
        var list = list("Awesome")
                .section(section("S")
                        .entry(entry("Old").url("http://old.example.org/page"))
                        .entry(entry("Known").url("http://github.com/a/b")))
                .build();
        assertThat(RuleFindings.messages(new PlainHttpRule(), list))
                .containsExactly(
                        "plain-http S › Old: links http://old.example.org/page over plain http; whether old.example.org serves https is not"
                                + " verified here (awesome:links tries it); prefer https:// where it does");
    }
}
