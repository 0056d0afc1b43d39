package io.github.awesomedsl.validate;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.validate.seed.SeedDefectsList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@link Rule.Check} promises a rule author, however the validator slices the list and on however
 * many threads: every kind of part in document order, URLs numbered as the whole list numbers them, never
 * two callbacks of one check at once, and the end after every part.
 */
class CheckCallbacksTest {

    private static final AwesomeList SEED = new SeedDefectsList().define();

    /** Large enough that the validator checks it on several threads, each worker taking many slices. */
    private static final AwesomeList LARGE = large();

    private static AwesomeList large() {
        AwesomeList.Builder list =
                list("Awesome Large").description("Many entries, some [linked](https://example.org).");
        for (int s = 0; s < 12; s++) {
            Section.Builder section = section("Part " + s);
            for (int i = 0; i < 1000; i++) {
                section.entry(entry("Tool " + s + "-" + i)
                        .code("https://github.com/o/tool-" + s + "-" + i)
                        .description("Does thing " + i + " with [GitHub](https://github.com)."));
            }
            Table.Builder rows = table(column("Name"), column("Link"));
            for (int r = 0; r < 50; r++) {
                rows.row(cell("Row " + s + "-" + r), cell("link", "https://example.org/" + s + "/" + r));
            }
            list.section(section.table(rows));
        }
        return list.build();
    }

    /** Records the parts it is given in plain lists, and notices a callback that overlaps another. */
    private static class Recorder implements Rule.Check {
        final List<Object> sections = new ArrayList<>();
        final List<Object> items = new ArrayList<>();
        final List<Object> tables = new ArrayList<>();
        final List<Object> rows = new ArrayList<>();
        final List<String> urls = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final AtomicBoolean inside = new AtomicBoolean();
        final AtomicBoolean overlapped = new AtomicBoolean();
        final ListIndex index;
        int parts;
        int partsAtEnd = -1;
        int urlCountAtEnd = -1;

        Recorder(ListIndex index) {
            this.index = index;
        }

        void enter(Runnable record) {
            if (!inside.compareAndSet(false, true)) {
                overlapped.set(true);
            }
            record.run();
            parts++;
            Thread.onSpinWait(); // a moment in which another thread would overlap, if the validator let it
            inside.set(false);
        }

        @Override
        public void section(ListIndex.SectionRef section) {
            enter(() -> sections.add(section.section()));
        }

        @Override
        public void item(ListIndex.ItemRef item) {
            enter(() -> items.add(item.item()));
        }

        @Override
        public void table(ListIndex.TableRef table) {
            enter(() -> tables.add(table.table()));
        }

        @Override
        public void row(ListIndex.RowRef row) {
            enter(() -> rows.add(row.row()));
        }

        @Override
        public void url(int number, String url, ListIndex.Element element) {
            enter(() -> urls.add(number + " " + url + " @ " + element));
        }

        @Override
        public void end() {
            partsAtEnd = parts;
            urlCountAtEnd = index.urlCount();
        }
    }

    /** A recorder of the texts too: such checks share one walk over the texts. */
    private static final class TextRecorder extends Recorder {
        TextRecorder(ListIndex index) {
            super(index);
        }

        @Override
        public void text(String text, String field, ListIndex.Element element) {
            enter(() -> {
                texts.add(field + "=" + text + " @ " + element.path());
                if (field.equals("title")) {
                    titles.add(text);
                }
            });
        }
    }

    @ParameterizedTest
    @CsvSource({
        "SEED, 1, true",
        "SEED, 1, false",
        "SEED, 3, true",
        "LARGE, 64, true",
        "LARGE, 256, true",
        "LARGE, 256, false"
    })
    void everyCheckGetsEveryPartInDocumentOrderOneCallbackAtATime(String which, int sliceParts, boolean parallel) {
        AwesomeList checked = which.equals("SEED") ? SEED : LARGE;
        List<Recorder> recorders = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // several checks, so that the workers have several to take
            rules.add(recordingRule("recorder-" + i, recorders, i % 2 == 0));
        }
        rules.add(rule("words", (index, findings) -> new Rule.Check() {
            @Override
            public void text(String text, String field, ListIndex.Element element) {
                if (field.equals("title")) {
                    findings.report(element, "an item's title");
                }
            }
        }));
        ValidationReport report = Validator.of(rules).validate(checked, sliceParts, parallel);

        ListIndex whole = ListIndex.of(checked, Integer.MAX_VALUE);
        List<String> wholeTexts = new ArrayList<>();
        List<String> wholeTitles = new ArrayList<>();
        whole.forEachText((text, field, element) -> {
            wholeTexts.add(field + "=" + text + " @ " + element.path());
            if (field.equals("title")) {
                wholeTitles.add(text);
            }
        });
        assertThat(recorders).hasSize(6);
        for (Recorder recorder : recorders) {
            assertThat(recorder.overlapped).isFalse();
            assertThat(recorder.sections)
                    .isEqualTo(whole.sections().stream()
                            .map(ListIndex.SectionRef::section)
                            .toList());
            assertThat(recorder.items)
                    .isEqualTo(
                            whole.items().stream().map(ListIndex.ItemRef::item).toList());
            assertThat(recorder.tables)
                    .isEqualTo(whole.slices().get(0).tables().stream()
                            .map(ListIndex.TableRef::table)
                            .toList())
                    .isNotEmpty();
            assertThat(recorder.rows)
                    .isEqualTo(whole.rows().stream().map(ListIndex.RowRef::row).toList());
            assertThat(recorder.urls)
                    .isEqualTo(IntStream.range(0, whole.urlCount())
                            .mapToObj(i -> i + " " + whole.url(i) + " @ " + whole.urlElement(i))
                            .toList());
            if (recorder instanceof TextRecorder) {
                assertThat(recorder.titles).isEqualTo(wholeTitles).isNotEmpty();
                assertThat(recorder.texts).containsExactlyInAnyOrderElementsOf(wholeTexts);
            } else {
                assertThat(recorder.texts).isEmpty();
            }
            assertThat(recorder.partsAtEnd).isEqualTo(recorder.parts).isPositive();
            assertThat(recorder.urlCountAtEnd).isEqualTo(whole.urlCount());
        }
        // a text check beside the recorders shares their walk over the texts and reports as any other
        assertThat(report.diagnostics())
                .filteredOn(d -> d.ruleId().equals("words"))
                .hasSize(wholeTitles.size());
    }

    @ParameterizedTest
    @CsvSource({"1, true", "1, false"})
    void withEveryRuleOffTheListIsStillIndexed(int sliceParts, boolean parallel) {
        assertThat(Validator.of(List.of()).validate(SEED, sliceParts, parallel).diagnostics())
                .extracting(Diagnostic::ruleId)
                .containsOnly(Validator.UNUSED_SUPPRESSION); // the seed's suppressions name rules this validator lacks
    }

    @ParameterizedTest
    @CsvSource({"1, true", "1, false", "64, true"})
    void aFailingCheckFailsTheValidationAndNothingWaitsForIt(int sliceParts, boolean parallel) {
        List<Rule> rules = new ArrayList<>();
        rules.add(recordingRule("recorder", new ArrayList<>(), false));
        rules.add(rule("broken", (index, findings) -> new Rule.Check() {
            private int seen;

            @Override
            public void item(ListIndex.ItemRef item) {
                if (++seen == 3) {
                    throw new IllegalStateException("the third item broke the rule");
                }
            }
        }));
        assertThatThrownBy(() -> Validator.of(rules).validate(SEED, sliceParts, parallel))
                .hasMessageContaining("the third item broke the rule");
    }

    private static Rule recordingRule(String id, List<Recorder> recorders, boolean texts) {
        return rule(id, (index, findings) -> {
            Recorder recorder = texts ? new TextRecorder(index) : new Recorder(index);
            synchronized (recorders) {
                recorders.add(recorder);
            }
            return recorder;
        });
    }

    private interface Begin {
        Rule.Check begin(ListIndex index, Findings findings);
    }

    private static Rule rule(String id, Begin begin) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public String description() {
                return "a test's rule";
            }

            @Override
            public Rule.Check begin(ListIndex list, Findings findings) {
                return begin.begin(list, findings);
            }
        };
    }
}
