package io.github.awesomedsl.validate;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.model.AwesomeList;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private static final AwesomeList BROKEN = list("Awesome")
      .section(section("Empty"))
      .section(section("Tools")
          .entry(entry("A").url("a.org"))
          .entry(entry("B").url("https://b.org"))
          .entry(entry("C").url("https://b.org")))
      .build();

  @Test
  void collectsEveryFindingInSourceOrder() {
    ValidationReport report = Validator.withDefaultRules().validate(BROKEN);
    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("empty-section", "url-syntax", "duplicate-url");
    assertThat(report.diagnostics()).extracting(d -> d.location().line()).isSorted();
    assertThat(report.summary()).isEqualTo("1 error, 2 warnings, 0 infos");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void severitiesCanBeChangedAndRulesTurnedOff() {
    ValidationReport report = Validator.withDefaultRules()
        .withSeverity("url-syntax", "warning")
        .withSeverity("empty-section", "off")
        .withSeverity("duplicate-url", "ERROR")
        .validate(BROKEN);
    assertThat(report.diagnostics()).extracting(d -> d.ruleId() + "=" + d.severity().label())
        .containsExactly("url-syntax=warning", "duplicate-url=error");
  }

  @Test
  void unknownRulesAndSeveritiesAreRejectedWithTheChoices() {
    assertThatThrownBy(() -> Validator.withDefaultRules().withSeverity("dup-url", "error"))
        .hasMessage("unknown rule \"dup-url\"; the rules are [empty-section, url-syntax, duplicate-url]");
    assertThatThrownBy(() -> Validator.withDefaultRules().withSeverity("url-syntax", "fatal"))
        .hasMessage("unknown severity \"fatal\"; use error, warning, info or off");
  }
}
