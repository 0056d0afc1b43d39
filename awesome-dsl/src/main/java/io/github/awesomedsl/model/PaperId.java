package io.github.awesomedsl.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's identifier: an arXiv id, a DOI, an ACL Anthology id, a PubMed id, or a bioRxiv or medRxiv DOI.
 * Each has one canonical URL ({@link #url()}), which is what a list links: {@code .paper(arxiv("2304.14454"))}
 * renders exactly as {@code .paper("https://arxiv.org/abs/2304.14454")}. {@link #of(String)} reads an
 * identifier back from its canonical URL (and from the usual variants), so exports and metadata know a
 * paper whichever way the list wrote it.
 *
 * @param scheme what kind of identifier
 * @param id the identifier, normalised (arXiv versions and {@code arXiv:} prefixes dropped, DOIs without
 *     {@code doi:} or resolver prefixes)
 */
public record PaperId(Scheme scheme, String id) {

    /** The kinds of identifier, with their canonical URLs. */
    public enum Scheme {
        ARXIV("https://arxiv.org/abs/", ""),
        DOI("https://doi.org/", ""),
        ACL("https://aclanthology.org/", "/"),
        PUBMED("https://pubmed.ncbi.nlm.nih.gov/", "/"),
        BIORXIV("https://www.biorxiv.org/content/", ""),
        MEDRXIV("https://www.medrxiv.org/content/", "");

        private final String prefix;
        private final String suffix;

        Scheme(String prefix, String suffix) {
            this.prefix = prefix;
            this.suffix = suffix;
        }

        /** The DSL's name for it: {@code arxiv}, {@code doi}, … */
        public String dslName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern ARXIV_NEW = Pattern.compile("(\\d{4}\\.\\d{4,5})(?:v\\d+)?");
    private static final Pattern ARXIV_OLD = Pattern.compile("([a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");
    // DOIs: 10.<registrant>/<suffix>, the suffix printable and without spaces (Crossref's advice)
    private static final Pattern DOI_FORM = Pattern.compile("10\\.\\d{4,9}/[^\\s\"<>]+");
    private static final Pattern ACL_FORM = Pattern.compile("\\d{4}\\.[a-z0-9-]+\\.\\d+|[A-Z]\\d{2}-\\d{4}");
    private static final Pattern PUBMED_FORM = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern PREPRINT_FORM =
            Pattern.compile("10\\.1101/(?:\\d{4}\\.\\d{2}\\.\\d{2}\\.)?\\d{6,8}(?:v\\d+)?");

    public PaperId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(id, "id");
        Optional<String> problem = problem(scheme, id);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** An arXiv id: {@code 2304.14454}, {@code 2304.14454v2} or {@code arXiv:2304.14454} (the version is dropped), {@code cs/0112017}. */
    public static PaperId arxiv(String id) {
        return new PaperId(Scheme.ARXIV, normalise(Scheme.ARXIV, id));
    }

    /** A DOI: {@code 10.1093/bioinformatics/btad651} ({@code doi:} and {@code https://doi.org/} are dropped). */
    public static PaperId doi(String doi) {
        return new PaperId(Scheme.DOI, normalise(Scheme.DOI, doi));
    }

    /** An ACL Anthology id: {@code 2022.bionlp-1.9}, {@code W19-1909}. */
    public static PaperId acl(String id) {
        return new PaperId(Scheme.ACL, normalise(Scheme.ACL, id));
    }

    /** A PubMed id (PMID): {@code 37069443}. */
    public static PaperId pubmed(String pmid) {
        return new PaperId(Scheme.PUBMED, normalise(Scheme.PUBMED, pmid));
    }

    /** A bioRxiv DOI: {@code 10.1101/2023.06.12.544594v2} (the version, when given, is kept: it is a page). */
    public static PaperId biorxiv(String doi) {
        return new PaperId(Scheme.BIORXIV, normalise(Scheme.BIORXIV, doi));
    }

    /** A medRxiv DOI, as for {@link #biorxiv}. */
    public static PaperId medrxiv(String doi) {
        return new PaperId(Scheme.MEDRXIV, normalise(Scheme.MEDRXIV, doi));
    }

    /** The identifier's canonical URL, the one the list links. */
    public String url() {
        return scheme.prefix + id + scheme.suffix;
    }

    /** {@code arXiv:2304.14454}, {@code doi:10.…}, … for messages. */
    @Override
    public String toString() {
        return switch (scheme) {
            case ARXIV -> "arXiv:" + id;
            case DOI -> "doi:" + id;
            case ACL -> "ACL " + id;
            case PUBMED -> "PMID " + id;
            case BIORXIV -> "bioRxiv " + id;
            case MEDRXIV -> "medRxiv " + id;
        };
    }

    /** The identifier without its preprint version ({@code 10.1101/2023.06.12.544594}), for metadata lookups. */
    public String unversioned() {
        return scheme == Scheme.BIORXIV || scheme == Scheme.MEDRXIV ? id.replaceFirst("v\\d+$", "") : id;
    }

    /** What is wrong with {@code id} as a {@code scheme} identifier, in words that say what a good one is. */
    public static Optional<String> problem(Scheme scheme, String id) {
        boolean ok = switch (scheme) {
            case ARXIV ->
                ARXIV_NEW.matcher(id).matches() && !id.contains("v") && isArxivNumber(id)
                        || ARXIV_OLD.matcher(id).matches() && !id.matches(".*v\\d+$");
            case DOI -> DOI_FORM.matcher(id).matches() && id.length() <= 300;
            case ACL -> ACL_FORM.matcher(id).matches();
            case PUBMED -> PUBMED_FORM.matcher(id).matches();
            case BIORXIV, MEDRXIV -> PREPRINT_FORM.matcher(id).matches();
        };
        if (ok) {
            return Optional.empty();
        }
        String example = switch (scheme) {
            case ARXIV -> "2304.14454 or cs/0112017";
            case DOI -> "10.1093/bioinformatics/btad651";
            case ACL -> "2022.bionlp-1.9 or W19-1909";
            case PUBMED -> "37069443";
            case BIORXIV, MEDRXIV -> "10.1101/2023.06.12.544594";
        };
        return Optional.of("\"" + id + "\" is not " + (scheme == Scheme.ARXIV || scheme == Scheme.ACL ? "an " : "a ")
                + label(scheme) + " (for example " + example + ")");
    }

    /**
     * A new-style arXiv number as arXiv issues them: {@code YYMM.NNNN} from April 2007 to 2014, {@code YYMM.NNNNN}
     * since 2015, a month from 01 to 12.
     */
    private static boolean isArxivNumber(String id) {
        int yy = Integer.parseInt(id.substring(0, 2));
        int mm = Integer.parseInt(id.substring(2, 4));
        int digits = id.length() - 5;
        return mm >= 1 && mm <= 12 && yy >= 7 && (yy >= 15 ? digits == 5 : digits == 4);
    }

    /** What a literal given to {@code scheme}'s DSL call becomes; unchanged when it is not of that form. */
    public static String normalise(Scheme scheme, String given) {
        String id = given.strip();
        switch (scheme) {
            case ARXIV -> {
                if (id.regionMatches(true, 0, "arxiv:", 0, 6)) {
                    id = id.substring(6);
                }
                Matcher m = ARXIV_NEW.matcher(id);
                Matcher old = ARXIV_OLD.matcher(id);
                if (m.matches()) {
                    id = m.group(1);
                } else if (old.matches()) {
                    id = old.group(1);
                }
            }
            case DOI, BIORXIV, MEDRXIV -> {
                for (String prefix :
                        new String[] {"doi:", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/"}) {
                    if (id.regionMatches(true, 0, prefix, 0, prefix.length())) {
                        id = id.substring(prefix.length());
                    }
                }
            }
            default -> {}
        }
        return id;
    }

    private static String label(Scheme scheme) {
        return switch (scheme) {
            case ARXIV -> "arXiv id";
            case DOI -> "DOI";
            case ACL -> "ACL Anthology id";
            case PUBMED -> "PubMed id";
            case BIORXIV -> "bioRxiv DOI";
            case MEDRXIV -> "medRxiv DOI";
        };
    }

    /**
     * The identifier a URL links, read from its canonical form and the usual variants ({@code /pdf/…},
     * {@code .pdf}, {@code .full}, versions, {@code dx.doi.org}); empty for any other URL.
     */
    public static Optional<PaperId> of(String url) {
        if (url.length() > 2048) {
            return Optional.empty();
        }
        Matcher m = URL_FORM.matcher(url);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group("arxiv") != null) {
                return Optional.of(arxiv(m.group("arxiv").replaceFirst("\\.pdf$", "")));
            }
            if (m.group("doi") != null) {
                String doi = m.group("doi");
                // a 10.1101 DOI through doi.org stays a DOI: which preprint server holds it is not known here
                return Optional.of(doi(doi));
            }
            if (m.group("acl") != null) {
                return Optional.of(acl(m.group("acl")));
            }
            if (m.group("pmid") != null) {
                return Optional.of(pubmed(m.group("pmid")));
            }
            if (m.group("preprint") != null) {
                String doi = m.group("preprint");
                return Optional.of(m.group("server").equals("medrxiv") ? medrxiv(doi) : biorxiv(doi));
            }
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static final Pattern URL_FORM = Pattern.compile("(?i)https?://(?:"
            + "(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/(?<arxiv>[a-z0-9./-]+?)(?:v\\d+)?(?:\\.pdf)?/?"
            + "|(?:dx\\.)?doi\\.org/(?<doi>10\\.[^?#\\s]+)"
            + "|aclanthology\\.org/(?<acl>\\d{4}\\.[a-z0-9-]+\\.\\d+|[A-Z]\\d{2}-\\d{4})(?:\\.pdf)?/?"
            + "|pubmed\\.ncbi\\.nlm\\.nih\\.gov/(?<pmid>\\d{1,9})/?"
            + "|(?:www\\.)?(?<server>biorxiv|medrxiv)\\.org/content/(?<preprint>10\\.1101/[0-9.]+(?:v\\d+)?)"
            + "(?:\\.full(?:\\.pdf)?|\\.abstract)?/?"
            + ")");
}
