package io.github.awesomedsl.validate;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.validate.rules.DuplicateUrlRule;
import io.github.awesomedsl.validate.rules.UrlSyntaxRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    // spotless:off: the lines of the DSL calls below are what the test asserts
    private static final int LINE = new Throwable().getStackTrace()[0].getLineNumber() + 2;
    private static final AwesomeList BROKEN = list("Awesome Things").badge(Badge.AWESOME)
        .section(section("Empty"))
        .section(section("Tools")
            .entry(entry("A").url("a.org"))
            .entry(entry("B").url("https://b.org"))
            .entry(entry("C").url("https://b.org")))
        .build();
    // spotless:on

    @Test
    void collectsEveryFindingInSourceOrder() {
        ValidationReport report = Validator.withDefaultRules().validate(BROKEN);
        assertThat(report.diagnostics())
                .extracting(d -> d.location().line() - LINE + ":" + d.ruleId())
                .containsExactly("0:empty-section", "2:url-syntax", "4:duplicate-url");
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
        assertThat(report.diagnostics())
                .extracting(d -> d.ruleId() + "=" + d.severity().label())
                .containsExactly("url-syntax=warning", "duplicate-url=error");
    }

    @Test
    void unknownRulesAndSeveritiesAreRejectedWithTheChoices() {
        assertThatThrownBy(() -> Validator.withDefaultRules().withSeverity("dup-url", "error"))
                .hasMessageStartingWith("unknown rule \"dup-url\"; the rules are [title-case, badge, empty-section,")
                .hasMessageEndingWith("year-mismatch, missing-venue, unused-suppression]");
        assertThatThrownBy(() -> Validator.withDefaultRules().withSeverity("url-syntax", "fatal"))
                .hasMessage("unknown severity \"fatal\"; use error, warning, info or off");
    }

    @Test
    void aSuppressionSilencesItsRuleOnItsElementOnly() {
        AwesomeList list = list("Awesome Papers")
                .badge(Badge.AWESOME)
                .section(section("Papers")
                        .entry(entry("Chatcad").code("https://github.com/zhaozh10/ChatCAD"))
                        .entry(entry("Chatcad+")
                                .code("https://github.com/zhaozh10/ChatCAD")
                                .suppress("duplicate-url", "Chatcad and Chatcad+ are two papers of one repository"))
                        .entry(entry("Copy").code("https://github.com/zhaozh10/ChatCAD")))
                .build();
        assertThat(Validator.withDefaultRules().validate(list).diagnostics())
                .extracting(Diagnostic::path)
                .containsExactly("Papers › Copy");
    }

    // spotless:off: the lines of the DSL calls below are what the test asserts
    @Test
    void anUnusedOrUnknownSuppressionIsReportedAtItsLine() {
      int line = new Throwable().getStackTrace()[0].getLineNumber() + 4;
      AwesomeList list = list("Awesome Papers").badge(Badge.AWESOME)
          .section(section("Papers")
              .entry(entry("Alone").code("https://github.com/a/a")
                  .suppress("duplicate-url", "no longer true")
                  .suppress("dup-url", "typo")))
          .build();
      List<Diagnostic> diagnostics = Validator.withDefaultRules().validate(list).diagnostics();
      assertThat(diagnostics).extracting(Diagnostic::format).containsExactly(
          "ValidatorTest.java:[" + line + "] (unused-suppression) Papers › Alone: suppress(\"duplicate-url\", …) silences nothing here any more; remove it",
          "ValidatorTest.java:[" + (line + 1) + "] (unused-suppression) Papers › Alone: suppress(\"dup-url\", …) names no rule; the rules are "
              + Validator.withDefaultRules().rules().stream().map(Rule::id).toList());
      assertThat(Validator.withDefaultRules().withSeverity("duplicate-url", "off").validate(list).diagnostics())
          .as("a suppression of a rule that is off is not reported").hasSize(1);
      assertThat(Validator.withDefaultRules().withSeverity("unused-suppression", "off").validate(list).diagnostics()).isEmpty();
    }
    // spotless:on

    @Test
    void aSuppressionNeedsAReason() {
        assertThatThrownBy(() -> entry("X").suppress("duplicate-url", " "))
                .hasMessage("suppress(\"duplicate-url\", …) needs a reason: say why the finding is right to ignore");
    }

    @Test
    void rulesCanBeChosen() {
        Validator validator = Validator.of(List.of(new UrlSyntaxRule(), new DuplicateUrlRule()));
        assertThat(validator.validate(BROKEN).diagnostics())
                .extracting(Diagnostic::ruleId)
                .containsExactly("url-syntax", "duplicate-url");
    }
}
