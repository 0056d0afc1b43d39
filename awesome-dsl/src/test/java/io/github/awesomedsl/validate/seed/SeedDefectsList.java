package io.github.awesomedsl.validate.seed;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.emptyCell;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.Venue;

/**
 * Every defect class of shared/seed/awesome-foundation-models-healthcare.md that survives into typed
 * code, written as a careless migration would write it. Each line that must get a finding ends with
 * {@code // defect: <rule-id>} (several ids separated by spaces); {@code SeedDefectsTest} checks that
 * the validator reports exactly those, at exactly those lines. (The seed's broken anchors, its "Related
 * Survery" contents item and its "- - " list marker cannot be written in the DSL at all: the renderer
 * generates contents and markers.)
 */
public final class SeedDefectsList implements AwesomeListSource {

    // spotless:off: a marker's line is where the test expects its defect, so the layout stays as written
    @Override
    public AwesomeList define() {
      return list("Awesome-Foundation-Models-for-Advancing-Healthcare") // defect: title-case
          .badge(Badge.AWESOME)
          .section(section("Related Survey")) // defect: empty-section
          .section(section("Methods")
              .section(section("LFM methods in healthcare").groupByYear()
                  .entry(entry("Meditron-70b: Scaling medical pretraining for large language models")
                      .venue(Venue.ARXIV).year(2023)
                      .paper("https://arxiv.org/abs/2311.16079").code("https://github.com/epfLLM/meditron"))
                  .entry(entry("Qilin-med: Multi-stage knowledge injection advanced medical large language model") // defect: duplicate-url
                      .venue(Venue.ARXIV).year(2023)
                      .paper("https://arxiv.org/abs/2310.09089").code("https://github.com/epfLLM/meditron"))
                  .entry(entry("Bianque: health llms polished by chatgpt") // defect: spelling
                      .venue(Venue.ARXIV).year(2023).paper("https://arxiv.org/abs/2310.15896"))
                  .entry(entry("Visual med-alpaca").venue(Venue.of("Github")).year(2023) // defect: spelling
                      .code("https://github.com/cambridgeltl/visual-med-alpaca"))
                  .entry(entry("A large language model for electronic health records")
                      .venue(Venue.NPJ_DIGITAL_MEDICINE).year(2022)
                      .paper("https://www.nature.com/articles/s41746-022-00742-2"))
                  .entry(entry("BioBART: Pretraining and evaluation of a biomedical generative language model") // defect: year-mismatch
                      .venue(Venue.BIONLP).year(2020).paper("https://aclanthology.org/2022.bionlp-1.9/"))
                  .entry(entry("ClinicalBERT: A hybrid learning model for natural language inference") // defect: year-mismatch duplicate-url
                      .venue(Venue.NPJ_DIGITAL_MEDICINE).year(2019)
                      .paper("https://www.nature.com/articles/s41746-022-00742-2")))
              .section(section("VFM methods")) // defect: empty-section
              .section(section("BFM methods").groupByYear()
                  .entry(entry("Highly accurate protein structure prediction with AlphaFold")
                      .venue(Venue.NATURE).year(2021).paper("https://www.nature.com/articles/s41586-021-03819-2"))))
          .section(section("Datasets")
              .section(section("VFM data")
                  .table(table(column("Dataset Name"), column("Modality"), column("Scale"), column("Link"))
                      .row(cell("DeepLesion", ""), cell("CT slices (2D)"), cell("32,735 images"), // defect: url-syntax url-syntax
                          cell(Link.dataset("nihcc.app.box.com").withLabel("*")))
                      .row(cell("", ""), cell("Endoscopy"), cell("1,018 volumes\t"), cell("*", "")) // defect: url-syntax url-syntax blank-text control-characters
                      .row(cell("   ", ""), cell("Endoscopy"), emptyCell(), cell("*", "")) // defect: url-syntax url-syntax blank-text
                      .row(cell("   ", ""), cell("Endoscopy"), emptyCell(), cell("*", "")))) // defect: url-syntax url-syntax blank-text duplicate-row
              .section(section("BFM data")
                  .table(table(column("Dataset Name"), column("Modality"), column("Link"))
                      .row(cell("CellxGene Corpus", // defect: url-syntax
                              "[https://academic.oup.com/ibdjournal/article/29/9/1431/6830946](https://www.biorxiv.org/content/10.1101/2023.10.30.563174v1)"),
                          cell("scRNA-seq"), cell(Link.dataset("https://cellxgene.cziscience.com").withLabel("*")))
                      .row(cell("AlphaFold DB", "https://www.nature.com/articles/s41586-021-03819-2"), cell("Protein"),
                          cell(Link.dataset("https://alphafold.ebi.ac.uk/download").withLabel("*")))
                      .suppress("duplicate-url", "the database's paper is the AlphaFold method paper listed above")
                      .row(cell("LINCS L1000", "http://lincsportal.ccs.miami.edu/datasets/#/view/LDS-1398"), // defect: insecure-url
                          cell("Small molecules"), cell(Link.dataset("https://lincsportal.ccs.miami.edu/dcic-portal/").withLabel("*")))))
              .section(section("MFM data")) // defect: empty-section
              )
          .section(section("Other Resources")) // defect: empty-section
          .build();
    }
    // spotless:on
}
