package io.github.awesomedsl.model;

import java.util.Objects;

/**
 * Where a work was published: a journal, a conference, a preprint server.
 *
 * <p>Common venues are constants, so a typo does not compile ({@code Venue.ARXIV}); any other venue is
 * made with {@link #of(String)} ({@code Venue.of("AMIA Annu. Symp. Proc.")}). Two venues are equal when
 * their names are.
 *
 * @param name the venue as it is shown in the rendered list
 */
public record Venue(String name) {

    public static final Venue ARXIV = new Venue("arXiv");
    public static final Venue BIORXIV = new Venue("bioRxiv");
    public static final Venue MEDRXIV = new Venue("medRxiv");
    public static final Venue NATURE = new Venue("Nature");
    public static final Venue NATURE_BIOTECHNOLOGY = new Venue("Nature Biotechnology");
    public static final Venue NATURE_MACHINE_INTELLIGENCE = new Venue("Nature Machine Intelligence");
    public static final Venue NATURE_METHODS = new Venue("Nature Methods");
    public static final Venue NATURE_MEDICINE = new Venue("Nature Medicine");
    public static final Venue NPJ_DIGITAL_MEDICINE = new Venue("NPJ Digit. Med.");
    public static final Venue SCIENTIFIC_REPORTS = new Venue("Scientific Reports");
    public static final Venue SCIENCE = new Venue("Science");
    public static final Venue CELL = new Venue("Cell");
    public static final Venue CELL_SYSTEMS = new Venue("Cell Systems");
    public static final Venue PNAS = new Venue("PNAS");
    public static final Venue BIOINFORMATICS = new Venue("Bioinformatics");
    public static final Venue NUCLEIC_ACIDS_RESEARCH = new Venue("Nucleic Acids Research");
    public static final Venue BIONLP = new Venue("BioNLP");
    public static final Venue ACL = new Venue("ACL");
    public static final Venue EMNLP = new Venue("EMNLP");
    public static final Venue NAACL = new Venue("NAACL");
    public static final Venue NEURIPS = new Venue("NeurIPS");
    public static final Venue ICML = new Venue("ICML");
    public static final Venue ICLR = new Venue("ICLR");
    public static final Venue CVPR = new Venue("CVPR");
    public static final Venue MICCAI = new Venue("MICCAI");
    public static final Venue IEEE_TPAMI = new Venue("IEEE TPAMI");
    public static final Venue GITHUB = new Venue("GitHub");

    public Venue {
        Objects.requireNonNull(name, "venue name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("venue name must not be blank");
        }
    }

    /** A venue that has no constant. */
    public static Venue of(String name) {
        return new Venue(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
