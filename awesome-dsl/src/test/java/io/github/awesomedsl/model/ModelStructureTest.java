package io.github.awesomedsl.model;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.linkItem;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Structural mistakes throw from build(), naming the element, its route and its line. */
class ModelStructureTest {

    // spotless:off: the lines of the DSL calls below are what the test asserts
    @Test
    void aRowWithTheWrongNumberOfCellsNamesTheRowTheColumnsAndTheLine() {
      int rowLine = currentLine() + 3;
      Section.Builder datasets =
          section("Datasets")
              .table(table(column("Dataset"), column("Modality")).row(cell("LIMUC"), cell("Endoscopy")).row(cell("SUN")));
      AwesomeList.Builder list = list("Awesome Data").section(datasets);

      assertThatThrownBy(list::build)
          .isInstanceOf(ModelException.class)
          .hasMessage(
              "ModelStructureTest.java:" + rowLine + ": list \"Awesome Data\" › section \"Datasets\" › table row 2 \"SUN\": "
                  + "has 1 cells but the table declares 2 columns [Dataset, Modality]; add Cell.empty() for a cell without data")
          .satisfies(e -> assertThat(((ModelException) e).location().line()).isEqualTo(rowLine));
    }
    // spotless:on

    @Test
    void aYearOutsideTheRangeNamesTheEntry() {
        int line = currentLine() + 1;
        Entry.Builder entry = entry("MedCPT").year(1850);
        assertThatThrownBy(() -> list("Awesome")
                        .section(section("Methods").section(section("LFM").entry(entry)))
                        .build())
                .isInstanceOf(ModelException.class)
                .hasMessage(
                        "ModelStructureTest.java:" + line + ": list \"Awesome\" › section \"Methods\" › section \"LFM\""
                                + " › entry \"MedCPT\": year 1850 is outside 1900.."
                                + (Year.now().getValue() + 1)
                                + "; use the year of publication (or leave the year out)");
    }

    @Test
    void yearsFrom1900ToNextYearAreAccepted() {
        int next = Year.now().getValue() + 1;
        assertThat(entry("Old").year(1900).build().year()).hasValue(1900);
        assertThat(entry("Preprint").year(next).build().year()).hasValue(next);
        assertThatThrownBy(() -> entry("Future").year(next + 1).build()).isInstanceOf(ModelException.class);
    }

    // spotless:off: the lines of the DSL calls below are what the test asserts
    @Test
    void groupingByYearNeedsAYearOnEveryItem() {
      int line = currentLine() + 4;
      Section.Builder methods =
          section("Methods")
              .groupByYear()
              .entry(entry("Undated").url("https://u.org"));
      assertThatThrownBy(methods::build)
          .isInstanceOf(ModelException.class)
          .hasMessageStartingWith("ModelStructureTest.java:" + line + ": section \"Methods\" › \"Undated\": ")
          .hasMessageContaining("add .year(…) or move it to a section without groupByYear()");
      assertThatThrownBy(() -> section("Links").groupByYear().link(linkItem("Talk", "https://t.org")).build())
          .hasMessageContaining("section \"Links\" › \"Talk\"");
    }
    // spotless:on

    // spotless:off: the lines of the DSL calls below are what the test asserts
    @Test
    void sectionsNestAtMostThreeLevels() {
      int line = currentLine() + 1;
      Section.Builder fourth = section("Fourth");
      AwesomeList.Builder list =
          list("Awesome Deep").section(section("First").section(section("Second").section(section("Third").section(fourth))));
      assertThatThrownBy(list::build)
          .isInstanceOf(ModelException.class)
          .hasMessageStartingWith(
              "ModelStructureTest.java:" + line + ": list \"Awesome Deep\" › section \"First\" › section \"Second\""
                  + " › section \"Third\" › section \"Fourth\": sections nest at most 3 levels");
      assertThat(list("Awesome Ok").section(section("1").section(section("2").section(section("3")))).build().sections())
          .hasSize(1);
    }
    // spotless:on

    @Test
    void nullsAreRejectedWhereTheyArePassedWithTheEntryNamed() {
        assertThatThrownBy(() -> entry("MedCPT").description((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("entry \"MedCPT\": description must not be null");
        assertThatThrownBy(() -> entry("MedCPT").paper((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("entry \"MedCPT\": url must not be null");
        assertThatThrownBy(() -> entry(null)).hasMessage("entry title must not be null");
        assertThatThrownBy(() -> table(column("A")).row(cell("x"), null))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("table row 1: cell 2 is null; use Cell.empty()");
    }

    // spotless:off: the lines of the DSL calls below are what the test asserts
    @Test
    void everyDslCallRemembersItsLine() {
      int line = currentLine() + 1;
      Entry entry = entry("Located").url("https://l.org").build();
      Section section = section("Here").build();
      Table table = table(column("A")).row("x").build();

      assertThat(entry.location())
          .isEqualTo(new SourceLocation(ModelStructureTest.class.getName(), "ModelStructureTest.java", line));
      assertThat(section.location().line()).isEqualTo(line + 1);
      assertThat(table.location().line()).isEqualTo(line + 2);
      assertThat(table.rows().get(0).location().line()).isEqualTo(line + 2);
      assertThat(entry.location().relativePath()).isEqualTo("io/github/awesomedsl/model/ModelStructureTest.java");
      assertThat(entry.location()).hasToString("ModelStructureTest.java:" + line);
    }

    @Test
    void aRecordedLocationIsReadOnceWhateverTheThreadsThatAskAndEqualsTheSameLineWritten() throws Exception {
      int line = currentLine() + 1;
      List<Entry> entries = IntStream.range(0, 64).mapToObj(i -> entry("E" + i).url("https://e.org/" + i).build()).toList();
      SourceLocation written = new SourceLocation(ModelStructureTest.class.getName(), "ModelStructureTest.java", line);
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<String>> asked = new java.util.ArrayList<>();
        for (Entry e : entries) {
          for (int t = 0; t < 4; t++) {
            asked.add(pool.submit(() -> e.location().fileName() + ":" + e.location().line()));
          }
        }
        for (java.util.concurrent.Future<String> answer : asked) {
          assertThat(answer.get()).isEqualTo("ModelStructureTest.java:" + line);
        }
      } finally {
        pool.shutdown();
      }
      for (Entry e : entries) {
        assertThat(e.location()).isEqualTo(written).hasSameHashCodeAs(written);
        assertThat(e.location().isKnown()).isTrue();
      }
      assertThat(written).isNotEqualTo(new SourceLocation(ModelStructureTest.class.getName(), "ModelStructureTest.java", line + 1));
      assertThat(SourceLocation.UNKNOWN.isKnown()).isFalse();
      assertThat(SourceLocation.UNKNOWN).hasToString("<unknown>");
    }
    // spotless:on

    @Test
    void collectionsAreImmutableCopies() {
        Entry entry = entry("E")
                .paper("https://p.org")
                .code("https://c.org")
                .tags(Tag.of("LFM"), Tag.of("LFM"))
                .build();
        assertThat(entry.tags()).containsExactly(Tag.of("LFM"));
        assertThat(entry.links()).extracting(Link::kind).containsExactly(LinkKind.PAPER, LinkKind.CODE);
        assertThat(entry.mainLink()).map(Link::url).hasValue("https://p.org");
        assertThat(entry.link(LinkKind.CODE)).map(Link::label).hasValue("Code");
        assertThatThrownBy(() -> entry.links().add(Link.docs("https://d.org")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderRoundTrips() {
        Entry entry = entry("E")
                .id("E_ID")
                .description("D.")
                .venue(Venue.of("AMIA Annu. Symp. Proc."))
                .year(2022)
                .paper("https://p.org")
                .link("Slides", "https://s.org")
                .tags(Tag.of("LFM"))
                .build();
        assertThat(entry.toBuilder().build()).isEqualTo(entry);
        assertThat(entry.link(LinkKind.CUSTOM)).map(Link::label).hasValue("Slides");
    }

    @Test
    void typedValuesRejectNonsense() {
        assertThatThrownBy(() -> Tag.of("two words")).hasMessageContaining("tag \"two words\"");
        assertThatThrownBy(() -> Venue.of(" ")).hasMessage("venue name must not be blank");
        assertThat(Venue.ARXIV.name()).isEqualTo("arXiv");
        assertThat(List.of(Venue.NATURE, Venue.of("Nature"))).containsOnly(Venue.NATURE);
    }

    private static int currentLine() {
        return StackWalker.getInstance()
                .walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
    }
}
