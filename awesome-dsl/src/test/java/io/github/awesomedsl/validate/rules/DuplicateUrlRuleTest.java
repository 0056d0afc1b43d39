package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.group;
import static io.github.awesomedsl.dsl.AwesomeDsl.item;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static io.github.awesomedsl.dsl.AwesomeDsl.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.urls.CanonicalUrl;
import io.github.awesomedsl.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateUrlRuleTest {

    @ParameterizedTest
    @CsvSource({
        "https://github.com/epfLLM/meditron, http://www.GitHub.com/epfllm/meditron/",
        "https://arxiv.org/abs/2304.14454, https://arxiv.org/pdf/2304.14454v2.pdf",
        "https://arxiv.org/pdf/2308.02463.pdf, https://arxiv.org/abs/2308.02463",
        "https://example.org/a?utm_source=x&b=1#top, https://example.org:443/a?b=1",
        "https://aclanthology.org/2022.emnlp-main.26.pdf, https://aclanthology.org/2022.emnlp-main.26/",
        "https://github.com/a/b#readme, https://github.com/a/b",
    })
    void variantsOfOneUrlAreTheSame(String a, String b) {
        assertThat(CanonicalUrl.of(a)).isEqualTo(CanonicalUrl.of(b));
        CanonicalUrl.Hasher hasher = new CanonicalUrl.Hasher();
        assertThat(hasher.hashOf(a)).isEqualTo(hasher.hashOf(b));
    }

    @ParameterizedTest
    @CsvSource({
        "https://example.org/Path, https://example.org/path",
        "https://arxiv.org/abs/2304.14454, https://arxiv.org/abs/2304.14455",
        "https://example.org/a?b=1, https://example.org/a?b=2",
        "https://s.example.com/#!/a, https://s.example.com/#!/b", // two routes of a single-page site
        "https://x.example.com/docs#tools, https://x.example.com/docs#other", // two parts of a page
    })
    void differentPagesDiffer(String a, String b) {
        assertThat(CanonicalUrl.of(a)).isNotEqualTo(CanonicalUrl.of(b));
        CanonicalUrl.Hasher hasher = new CanonicalUrl.Hasher();
        assertThat(hasher.hashOf(a)).isNotEqualTo(hasher.hashOf(b));
    }

    @Test
    void canonicalFormsAreReadable() {
        assertThat(CanonicalUrl.of(" HTTPS://WWW.GitHub.com:443/EpfLLM/Meditron/?utm_source=x&tab=readme#top "))
                .isEqualTo("github.com/epfllm/meditron?tab=readme");
        assertThat(CanonicalUrl.of("https://arxiv.org/pdf/2304.14454v3.pdf")).isEqualTo("arxiv.org/abs/2304.14454");
    }

    // spotless:off: the lines of the DSL calls below are what the test asserts
    @Test
    void reportsTheSecondUseAcrossEntriesAndTablesNamingTheFirst() {
      int line = new Throwable().getStackTrace()[0].getLineNumber() + 3;
      var list = list("Awesome")
          .section(section("LFM")
              .entry(entry("Meditron").code("https://github.com/epfLLM/meditron"))
              .entry(entry("Qilin-med").code("https://github.com/epfllm/meditron/")))
          .section(section("Data").table(table(column("Name")).row(cell("AlphaFold DB", "https://github.com/epfLLM/meditron"))))
          .build();
      var diagnostics = Validator.of(List.of(new DuplicateUrlRule())).validate(list).diagnostics();
      assertThat(diagnostics).hasSize(2);
      assertThat(diagnostics.get(0).path()).isEqualTo("LFM › Qilin-med");
      assertThat(diagnostics.get(0).location().line()).isEqualTo(line + 1);
      assertThat(diagnostics.get(0).message())
          .isEqualTo("links https://github.com/epfllm/meditron/, which \"LFM › Meditron\" (DuplicateUrlRuleTest.java:" + line
              + ") already links; keep the link on the entry it belongs to, or suppress this finding with the reason both need it");
      assertThat(diagnostics.get(1).path()).isEqualTo("Data › AlphaFold DB");
    }
    // spotless:on

    @Test
    void passesDistinctUrls() {
        var list = list("Awesome")
                .section(section("A")
                        .entry(entry("A").url("https://a.org"))
                        .entry(entry("B").url("https://b.org")))
                .build();
        assertThat(Validator.of(List.of(new DuplicateUrlRule())).validate(list).diagnostics())
                .isEmpty();
    }

    // spotless:off: the lines of the DSL calls below are what the test asserts
    @Test
    void childrenAndGroupsAreCheckedLikeAnyItem() {
      int line = new Throwable().getStackTrace()[0].getLineNumber() + 3;
      var list = list("Awesome")
          .section(section("Web")
              .items(entry("Kit").url("https://kit.example.com").children(
                      entry("Kit Auth").url("https://kit.example.com/")),
                  group("Testing", item(text("See ").link("the kit", "https://KIT.example.com")))))
          .build();
      var diagnostics = Validator.of(List.of(new DuplicateUrlRule())).validate(list).diagnostics();
      assertThat(diagnostics).extracting(d -> d.path() + " @" + (d.location().line() - line)).containsExactly(
          "Web › Kit Auth @1", "Web › See the kit @2");
    }
    // spotless:on

    @Test
    void aSectionsSuppressionCoversItsEntriesAndRowsAndIsUsed() {
        var list = list("Awesome")
                .section(section("Mirrors")
                        .suppress("duplicate-url", "each mirror links the project it mirrors")
                        .entry(entry("A").url("https://a.example.com"))
                        .entry(entry("A mirror").url("https://a.example.com/"))
                        .table(table(column("Name")).row(cell("A table mirror", "https://a.example.com"))))
                .build();
        var report = Validator.withDefaultRules().validate(list).diagnostics();
        assertThat(report).extracting(d -> d.ruleId()).doesNotContain("duplicate-url", "unused-suppression");
    }
}
