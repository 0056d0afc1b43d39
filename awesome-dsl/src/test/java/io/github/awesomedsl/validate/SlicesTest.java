package io.github.awesomedsl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.validate.seed.SeedDefectsList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cutting the list into slices, and checking them in parallel, changes nothing: every part is in exactly
 * one slice, in document order, and the findings are the same whatever the slice size.
 */
class SlicesTest {

    private static final AwesomeList SEED = new SeedDefectsList().define();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 64})
    void slicesPartitionEveryKindOfPartInDocumentOrder(int sliceParts) {
        ListIndex whole = ListIndex.of(SEED, Integer.MAX_VALUE);
        ListIndex sliced = ListIndex.of(SEED, sliceParts);
        assertThat(whole.slices()).hasSize(1);
        assertThat(sliced.slices().size()).isGreaterThan(whole.items().size() / sliceParts);

        List<Object> sections = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int nextItem = 0;
        int nextUrl = 0;
        for (ListIndex.Slice slice : sliced.slices()) {
            assertThat(slice.number()).isEqualTo(sliced.slices().indexOf(slice));
            assertThat(slice.items().size() + slice.rows().size()).isLessThanOrEqualTo(sliceParts);
            assertThat(slice.firstItem()).isEqualTo(nextItem);
            assertThat(slice.firstUrl()).isEqualTo(nextUrl);
            nextItem += slice.items().size();
            nextUrl += slice.urlCount();
            slice.sections().forEach(ref -> sections.add(ref.section()));
            slice.items().forEach(ref -> items.add(ref.item()));
            slice.rows().forEach(ref -> rows.add(ref.row()));
            IntStream.range(0, slice.urlCount()).forEach(k -> urls.add(slice.url(k)));
            sliced.forEachText(slice, (text, field, element) -> texts.add(field + "=" + text + " @ " + element.path()));
        }
        assertThat(sections)
                .isEqualTo(whole.sections().stream()
                        .map(ListIndex.SectionRef::section)
                        .toList());
        assertThat(items)
                .isEqualTo(whole.items().stream().map(ListIndex.ItemRef::item).toList());
        assertThat(rows)
                .isEqualTo(whole.rows().stream().map(ListIndex.RowRef::row).toList());
        assertThat(urls)
                .isEqualTo(IntStream.range(0, whole.urlCount())
                        .mapToObj(whole::url)
                        .toList());
        assertThat(IntStream.range(0, sliced.urlCount())
                        .mapToObj(i -> sliced.urlElement(i).toString())
                        .toList())
                .isEqualTo(IntStream.range(0, whole.urlCount())
                        .mapToObj(i -> whole.urlElement(i).toString())
                        .toList());
        assertThat(sliced.suppressingElements())
                .extracting(ListIndex.Element::toString)
                .isEqualTo(whole.suppressingElements().stream()
                        .map(ListIndex.Element::toString)
                        .toList())
                .isNotEmpty();
        List<String> wholeTexts = new ArrayList<>();
        whole.forEachText((text, field, element) -> wholeTexts.add(field + "=" + text + " @ " + element.path()));
        assertThat(texts).containsExactlyInAnyOrderElementsOf(wholeTexts).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 256})
    void findingsDoNotDependOnSlicesOrThreads(int sliceParts) {
        Validator validator = Validator.withDefaultRules();
        List<String> expected = formatted(validator.validate(SEED));
        assertThat(expected).hasSizeGreaterThan(20);
        for (boolean parallel : new boolean[] {false, true}) {
            assertThat(formatted(validator.validate(SEED, sliceParts, parallel)))
                    .as("%d parts per slice, parallel %s", sliceParts, parallel)
                    .isEqualTo(expected);
        }
    }

    @Test
    void urlsAreNumberedInTheWholeListOnceEverySliceIsIndexed() {
        ListIndex index = ListIndex.planned(SEED, 4);
        ListIndex.Slice first = index.slices().get(0);
        first.index();
        assertThat(first.urlCount()).isPositive();
        assertThatThrownBy(index::urlCount)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("once every slice is indexed");
        assertThatThrownBy(first::firstUrl).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(index::join).hasMessageContaining("slice 1").hasMessageEndingWith("is not indexed yet");
        assertThatThrownBy(first::index).hasMessageEndingWith("is indexed already");
    }

    @Test
    void aUrlIsFoundInItsSliceWhenSlicesBeforeItAreEmptyOfUrls() {
        ListIndex index = ListIndex.of(SEED, 1);
        List<String> inOrder = new ArrayList<>();
        index.slices().forEach(slice -> IntStream.range(0, slice.urlCount()).forEach(k -> inOrder.add(slice.url(k))));
        assertThat(index.slices()).anyMatch(slice -> slice.urlCount() == 0);
        assertThat(IntStream.range(0, index.urlCount()).mapToObj(index::url).toList())
                .isEqualTo(inOrder);
        assertThatThrownBy(() -> index.url(index.urlCount())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aSliceHoldsAtLeastOnePart() {
        assertThatThrownBy(() -> ListIndex.of(SEED, 0)).hasMessage("a slice holds at least one part, not 0");
    }

    private static List<String> formatted(ValidationReport report) {
        return report.diagnostics().stream()
                .map(d -> d.format() + " [" + d.path() + "]")
                .toList();
    }
}
