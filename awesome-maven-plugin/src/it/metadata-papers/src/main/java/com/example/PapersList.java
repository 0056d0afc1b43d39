package com.example;

import static io.github.awesomedsl.dsl.AwesomeDsl.*;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Venue;

public final class PapersList implements AwesomeListSource {
  @Override
  public AwesomeList define() {
    return list("Awesome Papers")
        .description("Papers whose metadata the lock knows.")
        .section(section("Papers")
            .entry(entry("Large language models encode clinical knowledge").venue(Venue.ARXIV).year(2019) // misfiled
                .paper(arxiv("2212.13138")))
            .entry(entry("MedCPT: Contrastive pre-trained transformers").venue(Venue.BIOINFORMATICS).year(2023)
                .paper(doi("10.1093/bioinformatics/btad651"))))
        .build();
  }
}
