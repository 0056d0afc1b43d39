package io.github.awesomedsl.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlSyntaxRuleTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://github.com/ncbi/MedCPT",
                "http://amed8k.sundatabase.org/",
                "HTTPS://X.ORG",
                "https://u:p@host:8080/p?q=1#f",
                "./docs/guide.md",
                "../docs/x.md",
                "docs/guide.md",
                "docs/",
                "LICENSE",
                "#tools",
                "/docs/x",
                "media/logo.svg",
                "?tab=readme"
            })
    void passesAbsoluteHttpUrlsAndLinksRelativeToTheRepository(String url) {
        assertThat(UrlSyntaxRule.problem(url)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nihcc.app.box.com | URL \"nihcc.app.box.com\" has no scheme, so GitHub treats it as a relative link; write https://nihcc.app.box.com",
                "'' | the URL is empty; give the link's target",
                "javascript:alert(1) | URL \"javascript:alert(1)\" uses the javascript: scheme; only http and https links are allowed",
                "data:text/html,x | URL \"data:text/html,x\" uses the data: scheme; only http and https links are allowed",
                "file:///etc/passwd | URL \"file:///etc/passwd\" uses the file: scheme; only http and https links are allowed",
                "https://a.org/x y | URL \"https://a.org/x y\" contains a space; percent-encode it as %20",
                "https:///path | URL \"https:///path\" has no host; write the full address, e.g. https://example.org/…",
                "https:example.org | URL \"https:example.org\" lacks the // after https:; write https://…",
                "[https://a.org/x](https://b.org/y) | URL \"[https://a.org/x](https://b.org/y)\" is a Markdown link, not a URL; keep only its target: https://b.org/y",
                "example.org/x | URL \"example.org/x\" has no scheme, so GitHub treats it as a relative link; write https://example.org/x",
                "github.com/a/b | URL \"github.com/a/b\" has no scheme, so GitHub treats it as a relative link; write https://github.com/a/b",
                "//evil.example/x | URL \"//evil.example/x\" has no scheme, so GitHub treats it as a relative link; write https:////evil.example/x",
                "docs/my guide.md | URL \"docs/my guide.md\" contains a space; percent-encode it as %20",
            })
    void rejectsWhatIsNotAnAbsoluteHttpUrl(String url, String message) {
        assertThat(UrlSyntaxRule.problem(url)).isEqualTo(message);
    }
}
