package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsecureUrlRuleTest {

    @Test
    void reportsHttpToHostsThatServeHttps() {
        var list = list("Awesome")
                .section(section("S")
                        .entry(entry("Known").url("http://www.github.com/a/b"))
                        .entry(entry("Same host").url("http://lincsportal.ccs.miami.edu/datasets/"))
                        .entry(entry("Same host, https").url("https://lincsportal.ccs.miami.edu/dcic-portal/"))
                        .entry(entry("Unknown").url("http://amed8k.sundatabase.org/"))
                        .entry(entry("Secure").url("https://arxiv.org/abs/1")))
                .build();
        assertThat(RuleFindings.messages(new InsecureUrlRule(), list))
                .containsExactly(
                        "insecure-url S › Known: links http://www.github.com/a/b over plain http, but github.com serves https; write https://www.github.com/a/b",
                        "insecure-url S › Same host: links http://lincsportal.ccs.miami.edu/datasets/ over plain http, but lincsportal.ccs.miami.edu serves https;"
                                + " write https://lincsportal.ccs.miami.edu/datasets/");
    }

    @Test
    void canBeSuppressed() {
        var list = list("Awesome")
                .section(section("S")
                        .entry(entry("Known")
                                .url("http://github.com/a")
                                .suppress("insecure-url", "the mirror pins http for old clients")))
                .build();
        assertThat(RuleFindings.of(new InsecureUrlRule(), list)).isEmpty();
    }
}
