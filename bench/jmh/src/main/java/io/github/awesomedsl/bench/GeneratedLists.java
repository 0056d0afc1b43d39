package io.github.awesomedsl.bench;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.Venue;

/**
 * Deterministic lists of any size, shaped like the example list: sections of 1,000 entries grouped by
 * year, each entry with a venue, a year, a paper and a code link and a description; every tenth
 * section also has a 100-row table. Same size, same list, on every run.
 */
public final class GeneratedLists {

    private GeneratedLists() {}

    public static AwesomeList of(int entries) {
        AwesomeList.Builder list =
                list("Awesome Generated List").badge(Badge.AWESOME).description("Generated for benchmarks.");
        int perSection = 1000;
        for (int s = 0; s * perSection < entries; s++) {
            Section.Builder section = section("Part " + s).groupByYear();
            for (int i = s * perSection; i < Math.min(entries, (s + 1) * perSection); i++) {
                int year = 2000 + i % 25;
                section.entry(entry("Tool number " + i + ": a generated entry")
                        .venue(i % 3 == 0 ? Venue.ARXIV : Venue.NATURE)
                        .year(year)
                        .paper(String.format("https://arxiv.org/abs/%02d01.%05d", year % 100, i))
                        .code("https://github.com/bench/tool-" + i)
                        .description("Does thing number " + i + " with JavaScript and GitHub."));
            }
            if (s % 10 == 0) {
                Table.Builder rows = table(column("Dataset"), column("Scale").center(), column("Link"));
                for (int r = 0; r < 100; r++) {
                    rows.row(
                            cell("Dataset " + s + "-" + r, "https://example.org/d/" + s + "/" + r),
                            cell(r + " items"),
                            cell("*", "https://data.example.org/" + s + "/" + r));
                }
                section.table(rows);
            }
            list.section(section);
        }
        return list.build();
    }
}
