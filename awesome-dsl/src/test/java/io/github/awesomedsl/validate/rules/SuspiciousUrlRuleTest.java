package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SuspiciousUrlRuleTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://github.com/ncbi/MedCPT",
                "https://example.org:8443/x",
                "https://münchen.de/",
                "https://xn--mnchen-3ya.de/",
                "https://例え.jp/パス",
                "https://日本語ドメイン.jp/",
                "https://한국.kr/",
                "https://пример.рф/",
                "https://a.org/?q=1@2",
                "https://a.org/#user@host",
                "https://v1.2.3.example.org/",
                "not a url"
            })
    void passesOrdinaryUrls(String url) {
        assertThat(SuspiciousUrlRule.problem(url)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://github.com@evil.example/ | URL \"https://github.com@evil.example/\" holds \"github.com@\" before its host: it goes to evil.example, whatever the part before @ says; remove that part",
                "https://u:p@host.example/ | URL \"https://u:p@host.example/\" holds \"u:p@\" before its host: it goes to host.example, whatever the part before @ says; remove that part",
                "https://host.example:99999/ | URL \"https://host.example:99999/\" has the port \"99999\", which no server can listen on (1 to 65535); fix the address",
                "https://host.example:0/ | URL \"https://host.example:0/\" has the port \"0\", which no server can listen on (1 to 65535); fix the address",
                "http://203.0.113.7/tool | URL \"http://203.0.113.7/tool\" links the raw IP address 203.0.113.7: a reader cannot tell whose it is; link the host's name",
                "http://0x7f000001/ | URL \"http://0x7f000001/\" links the raw IP address 0x7f000001: a reader cannot tell whose it is; link the host's name",
                "http://[2001:db8::1]:8080/ | URL \"http://[2001:db8::1]:8080/\" links the raw IP address [2001:db8::1]: a reader cannot tell whose it is; link the host's name",
                "https://gіthub.com/x | URL \"https://gіthub.com/x\" has a host that mixes Latin and Cyrillic letters, the mark of a look-alike of another site's name; check the address and write it in one script",
                "https://xn--gthub-n4e.com/ | URL \"https://xn--gthub-n4e.com/\" has a host that mixes Latin and Cyrillic letters, the mark of a look-alike of another site's name; check the address and write it in one script",
                "https://example.org/\u202Efdp.exe | URL \"https://example.org/\\u202Efdp.exe\" holds the invisible U+202E (a bidirectional control), which makes it read otherwise than it goes; remove it",
                "https://exa\u200Bmple.org/ | URL \"https://exa\\u200Bmple.org/\" holds the invisible U+200B, which makes it read otherwise than it goes; remove it",
            })
    void reportsWhatDeceives(String url, String message) {
        assertThat(SuspiciousUrlRule.problem(url)).isEqualTo(message);
    }

    @Test
    void badgesAreCheckedByTheUrlRulesLikeEveryOtherLink() {
        AwesomeList list = list("Awesome Badges")
                .badge(Badge.AWESOME)
                .badge(Badge.of("Build", "javascript:alert(1)", "https://github.com@evil.example/"))
                .section(section("Tools")
                        .entry(entry("Tool").url("https://tool.example").description("Does.")))
                .build();
        assertThat(RuleFindings.messages(new UrlSyntaxRule(), list))
                .containsExactly(
                        "url-syntax : badge image URL \"javascript:alert(1)\" uses the javascript: scheme; only http and https links are allowed");
        assertThat(RuleFindings.messages(new SuspiciousUrlRule(), list))
                .containsExactly(
                        "suspicious-url : badge target URL \"https://github.com@evil.example/\" holds \"github.com@\" before its host: it goes to"
                                + " evil.example, whatever the part before @ says; remove that part");
    }
}
