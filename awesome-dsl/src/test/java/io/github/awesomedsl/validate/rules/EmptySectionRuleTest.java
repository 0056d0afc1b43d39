package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptySectionRuleTest {

    private static List<Diagnostic> check(io.github.awesomedsl.model.AwesomeList list) {
        return Validator.of(List.of(new EmptySectionRule())).validate(list).diagnostics();
    }

    @Test
    void passesSectionsWithContentSubsectionsOrAPlaceholder() {
        assertThat(check(list("Awesome")
                        .section(section("Tools").entry(entry("A").url("https://a.org")))
                        .section(section("Parent").section(section("Child").placeholder()))
                        .build()))
                .isEmpty();
    }

    // spotless:off: the lines of the DSL calls below are what the test asserts
    @Test
    void reportsAForgottenSectionAtItsLine() {
      int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
      var list = list("Awesome").section(section("Methods").section(section("VFM methods"))).build();
      assertThat(check(list))
          .singleElement()
          .satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("empty-section");
            assertThat(d.path()).isEqualTo("Methods › VFM methods");
            assertThat(d.location().line()).isEqualTo(line);
            assertThat(d.format()).isEqualTo("EmptySectionRuleTest.java:[" + line + "] (empty-section) Methods › VFM methods: "
                + "the section is empty; add entries, or declare it empty on purpose with .placeholder()");
          });
    }
    // spotless:on

    @Test
    void aSectionOfProseIsNotEmpty() {
        // "## License" and "MIT.": seen on real lists
        var list = io.github.awesomedsl.dsl.AwesomeDsl.list("Awesome")
                .section(io.github.awesomedsl.dsl.AwesomeDsl.section("License").intro("MIT."))
                .build();
        assertThat(RuleFindings.of(new EmptySectionRule(), list)).isEmpty();
    }
}
