package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadmeSizeRuleTest {

    private static AwesomeList withEntries(int n) {
        var tools = section("Tools");
        for (int i = 0; i < n; i++) {
            tools.entry(entry("Tool " + i)
                    .url("https://example.org/tools/" + i)
                    .description(
                            "Does the thing number " + i + " that a reader of a long list would want to know about."));
        }
        return list("Awesome Tools").section(tools).build();
    }

    private static final ReadmeSizeRule RULE =
            new ReadmeSizeRule(list -> MarkdownRenderer.create().render(list).getBytes(StandardCharsets.UTF_8).length);

    @Test
    void warnsWhenTheReadmeNearsGithubsLimit() {
        assertThat(RuleFindings.messages(RULE, withEntries(100))).isEmpty();
        assertThat(RuleFindings.messages(RULE, withEntries(4000)))
                .singleElement()
                .asString()
                .matches(
                        "readme-size : the README is \\d+ KB, near the 512 KB GitHub renders at most; publish the list as a site"
                                + " \\(awesome:site\\) and keep the README short, or split the list into several");
        assertThat(RuleFindings.messages(RULE, withEntries(6000)))
                .singleElement()
                .asString()
                .contains("KB, over the 512 KB");
    }
}
