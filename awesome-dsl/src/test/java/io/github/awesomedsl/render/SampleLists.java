package io.github.awesomedsl.render;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.code;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.emptyCell;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.link;
import static io.github.awesomedsl.dsl.AwesomeDsl.linkItem;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static io.github.awesomedsl.dsl.AwesomeDsl.text;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.Tag;
import io.github.awesomedsl.model.Venue;

/** Lists shared by the renderer's tests: every construct of the model appears at least once. */
final class SampleLists {

    static final Tag LFM = Tag.of("LFM");
    static final Tag BFM = Tag.of("BFM");

    private SampleLists() {}

    /** Every construct: badge, description with spans, nested sections, year groups, tables, footer. */
    static AwesomeList everything() {
        return list("Awesome Foundation Models")
                .badge(Badge.AWESOME)
                .description(
                        text("A curated list of foundation models in healthcare. See "),
                        link("the survey", "https://arxiv.org/abs/2404.03264"),
                        text(" and run "),
                        code("mvn awesome:render"),
                        text("."))
                .section(section("Related Survey").placeholder())
                .section(section("Methods")
                        .intro("Methods, newest first.")
                        .section(section("LFM methods")
                                .groupByYear()
                                .entry(entry("MedCPT: zero-shot biomedical information retrieval")
                                        .venue(Venue.BIOINFORMATICS)
                                        .year(2023)
                                        .paper("https://academic.oup.com/bioinformatics/article/39/11/btad651/7335842")
                                        .code("https://github.com/ncbi/MedCPT")
                                        .tags(LFM))
                                .entry(entry("BEHRT: transformer for electronic health records")
                                        .venue(Venue.SCIENTIFIC_REPORTS)
                                        .year(2020)
                                        .paper("https://www.nature.com/articles/s41598-020-62922-y")
                                        .tags(LFM))
                                .entry(entry("PMC-LLaMA: open-source language models for medicine")
                                        .venue(Venue.ARXIV)
                                        .year(2023)
                                        .paper("https://arxiv.org/abs/2304.14454")
                                        .code("https://github.com/chaoyi-wu/PMC-LLaMA")
                                        .tags(LFM)))
                        .section(section("VFM methods").placeholder("Nothing yet: send a pull request."))
                        .section(section("Tools")
                                .entry(entry("Geneformer")
                                        .url("https://huggingface.co/ctheodoris/Geneformer")
                                        .description("Transfer learning for network biology.")
                                        .tags(BFM))
                                .entry(entry("Unlinked tool").description("Has no link at all."))))
                .section(section("Datasets")
                        .table(table(
                                        column("Dataset"),
                                        column("Modality").center(),
                                        column("Scale").right(),
                                        column("Link"))
                                .row(
                                        cell("LIMUC", "https://academic.oup.com/ibdjournal/article/29/9/1431/6830946"),
                                        cell("Endoscopy"),
                                        cell("1043 videos"),
                                        cell(Link.dataset("https://zenodo.org/records/5827695")
                                                .withLabel("*")))
                                .row(cell("10x Genomics"), cell("scRNA-seq | DNA"), emptyCell(), emptyCell())))
                .section(section("Lectures and Tutorials")
                        .link(linkItem(
                                        "Geneformer Tutorial (unofficial)",
                                        "https://wang-lab.hkust.edu.hk/others/Tutorials/geneformer/readme.html")
                                .description("Hands-on notebook.")))
                .contributing("Contributions welcome! Read the contribution guidelines first.")
                .license("CC0.")
                .build();
    }
}
