package io.github.awesomedsl.example.healthcare;

import static io.github.awesomedsl.dsl.AwesomeDsl.acl;
import static io.github.awesomedsl.dsl.AwesomeDsl.arxiv;
import static io.github.awesomedsl.dsl.AwesomeDsl.biorxiv;
import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.emptyCell;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.linkItem;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.pubmed;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;

import io.github.awesomedsl.dsl.Awesome;
import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.Tag;
import io.github.awesomedsl.model.Venue;

/**
 * Foundation models in healthcare: the list of {@code shared/seed/awesome-foundation-models-healthcare.md},
 * entry for entry, as typed code. Where the seed is wrong, only what is unambiguous is fixed (each fix
 * has a comment); everything else is kept and left to the validator.
 */
@Awesome
public final class HealthcareFoundationModelsList implements AwesomeListSource {

    static final Tag LFM = Tag.of("LFM");
    static final Tag VFM = Tag.of("VFM");
    static final Tag BFM = Tag.of("BFM");
    static final Tag MFM = Tag.of("MFM");

    @Override
    public AwesomeList define() {
        // The seed's title is "Awesome-Foundation-Models-for-Advancing-Healthcare": written as words here.
        return list("Awesome Foundation Models for Advancing Healthcare")
                .badge(Badge.AWESOME)
                .description(
                        "This repo is a collection of AWESOME things about Foundation models in healthcare, including"
                                + " language foundation models (LFMs), vision foundation models (VFMs), bioinformatics"
                                + " foundation models (BFMs), and multimodal foundation models (MFMs). Feel free to star and fork.")
                .section(section("Related Survey").placeholder())
                .section(section("Methods")
                        .section(lfmMethods())
                        .section(section("VFM methods").placeholder())
                        .section(bfmMethods())
                        .section(mfmMethods()))
                .section(section("Datasets")
                        .section(section("LFM data").placeholder())
                        .section(section("VFM data").table(vfmData()))
                        .section(section("BFM data").table(bfmData()))
                        .section(section("MFM data").placeholder()))
                .section(section("Lectures and Tutorials")
                        .link(linkItem(
                                "Bioinformatics - Geneformer Tutorial (unofficial)",
                                "https://wang-lab.hkust.edu.hk/others/Tutorials/geneformer/readme.html")))
                .section(section("Other Resources").placeholder())
                .build();
    }

    private static Section.Builder lfmMethods() {
        return section("LFM methods in healthcare")
                .groupByYear()
                .entry(entry(
                                "MedCPT: A method for zero-shot biomedical information retrieval using contrastive learning with PubMedBERT")
                        .venue(Venue.BIOINFORMATICS)
                        .year(2023)
                        .paper("https://academic.oup.com/bioinformatics/article-abstract/39/11/btad651/7335842")
                        .code("https://github.com/ncbi/MedCPT")
                        .tags(LFM))
                .entry(entry("Pmc-llama: Towards building open-source language models for medicine")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2304.14454"))
                        .code("https://github.com/chaoyi-wu/PMC-LLaMA")
                        .tags(LFM))
                .entry(entry(
                                "Zhongjing: Enhancing the chinese medical capabilities of large language model through expert feedback and realworld multi-turn dialogue")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2308.03549"))
                        .code("https://github.com/SupritYoung/Zhongjing")
                        .tags(LFM))
                .entry(entry("Meditron-70b: Scaling medical pretraining for large language models")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2311.16079"))
                        .code("https://github.com/epfLLM/meditron")
                        .tags(LFM))
                // Seed defect kept: the code link is Meditron-70b's repository (duplicate-url reports it).
                .entry(entry("Qilin-med: Multi-stage knowledge injection advanced medical large language model")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2310.09089"))
                        .code("https://github.com/epfLLM/meditron")
                        .tags(LFM))
                .entry(entry("Huatuogpt-ii, one-stage training for medical adaption of llms")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2311.09774"))
                        .code("https://github.com/freedomintelligence/huatuogpt-ii")
                        .tags(LFM))
                .entry(entry("A study of generative large language model for medical research and healthcare")
                        .venue(Venue.NPJ_DIGITAL_MEDICINE)
                        .year(2023)
                        .paper("https://www.nature.com/articles/s41746-023-00958-w")
                        .code("https://github.com/uf-hobi-informatics-lab/gatortrongpt")
                        .tags(LFM))
                .entry(entry("From beginner to expert: Modeling medical knowledge into general llms")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2312.01040"))
                        .tags(LFM))
                .entry(entry("Huatuo: Tuning llama model with chinese medical knowledge")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2304.06975"))
                        .code("https://github.com/SCIR-HI/Huatuo-Llama-Med-Chinese")
                        .tags(LFM))
                .entry(entry(
                                "Chatdoctor: A medical chat model fine-tuned on a large language model meta-ai (llama) using medical domain knowledge")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2303.14070"))
                        .code("https://github.com/Kent0n-Li/ChatDoctor")
                        .tags(LFM))
                .entry(entry(
                                "Medalpaca–an open-source collection of medical conversational ai models and training data")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2304.08247"))
                        .code("https://github.com/kbressem/medAlpaca")
                        .tags(LFM))
                .entry(entry("Alpacare: Instruction-tuned large language models for medical application")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2310.14558"))
                        .code("https://github.com/xzhang97666/alpacare")
                        .tags(LFM))
                .entry(entry("Huatuogpt, towards taming language model to be a doctor")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2305.15075"))
                        .code("https://github.com/FreedomIntelligence/HuatuoGPT")
                        .tags(LFM))
                .entry(entry("Doctorglm: Fine-tuning your chinese doctor is not a herculean task")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2304.01097"))
                        .code("https://github.com/xionghonglin/DoctorGLM")
                        .tags(LFM))
                .entry(entry(
                                "Bianque: Balancing the questioning and suggestion ability of health llms with multi-turn health conversations polished by chatgpt")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2310.15896"))
                        .code("https://github.com/scutcyr/BianQue")
                        .tags(LFM))
                .entry(entry("Taiyi: A bilingual fine-tuned large language model for diverse biomedical tasks")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2311.11608"))
                        .code("https://github.com/DUTIR-BioNLP/Taiyi-LLM")
                        .tags(LFM))
                // The seed writes the venue "[Github]"; Venue.GITHUB spells it GitHub.
                .entry(entry("Visual med-alpaca: A parameter-efficient biomedical llm with visual capabilities")
                        .venue(Venue.GITHUB)
                        .year(2023)
                        .code("https://github.com/cambridgeltl/visual-med-alpaca")
                        .tags(LFM))
                .entry(entry(
                                "Ophglm: Training an ophthalmology large languageand-vision assistant based on instructions and dialogue")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2306.12174"))
                        .code("https://github.com/ML-AILab/OphGLM")
                        .tags(LFM))
                .entry(entry(
                                "Chatcad: Interactive computer-aided diagnosis on medical image using large language models")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2302.07257"))
                        .code("https://github.com/zhaozh10/ChatCAD")
                        .tags(LFM))
                .entry(entry("Chatcad+: Towards a universal and reliable interactive cad using llms")
                        .id("CHATCAD_PLUS")
                        .suppress("duplicate-url", "Chatcad and Chatcad+ are two papers published from one repository")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2305.15964"))
                        .code("https://github.com/zhaozh10/ChatCAD")
                        .tags(LFM))
                .entry(entry("Deid-gpt: Zero-shot medical text de-identification by gpt-4")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2303.11032"))
                        .code("https://github.com/yhydhx/ChatGPT-API")
                        .tags(LFM))
                .entry(entry(
                                "Can generalist foundation models outcompete special-purpose tuning? case study in medicine")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2311.16452"))
                        .code("https://github.com/microsoft/promptbase")
                        .tags(LFM))
                .entry(entry("Medagents: Large language models as collaborators for zero-shot medical reasoning")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2311.10537"))
                        .code("https://github.com/gersteinlab/MedAgents")
                        .tags(LFM))
                .entry(entry(
                                "Soft-prompt tuning to predict lung cancer using primary care free-text dutch medical notes")
                        .venue(Venue.of("AIME"))
                        .year(2023)
                        .paper("https://link.springer.com/chapter/10.1007/978-3-031-34344-5_23")
                        .code("https://bitbucket.org/aumc-kik/prompt_tuning_cancer_prediction/src/master/")
                        .tags(LFM))
                .entry(entry("Clinical decision transformer: Intended treatment recommendation through goal prompting")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2302.00612"))
                        .code("https://clinical-decision-transformer.github.io/")
                        .tags(LFM))
                .entry(entry("Large language models encode clinical knowledge")
                        .venue(Venue.NATURE)
                        .year(2023)
                        .paper("https://www.nature.com/articles/s41586-023-06291-2")
                        .tags(LFM))
                .entry(entry("Towards expert-level medical question answering with large language models")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2305.09617"))
                        .tags(LFM))
                .entry(entry("Gpt-doctor: Customizing large language models for medical consultation")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2312.10225"))
                        .tags(LFM))
                .entry(entry(
                                "Clinicalgpt: Large language models finetuned with diverse medical data and comprehensive evaluation")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2306.09968"))
                        .tags(LFM))
                .entry(entry("Leveraging a medical knowledge graph into large language models for diagnosis prediction")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2308.14321"))
                        .tags(LFM))
                .entry(entry("A large language model for electronic health records")
                        .venue(Venue.NPJ_DIGITAL_MEDICINE)
                        .year(2022)
                        .paper("https://www.nature.com/articles/s41746-022-00742-2")
                        .code("https://github.com/uf-hobi-informatics-lab/GatorTron")
                        .tags(LFM))
                .entry(entry("Healthprompt: A zero-shot learning paradigm for clinical natural language processing")
                        .venue(Venue.of("AMIA Annu. Symp. Proc."))
                        .year(2022)
                        .paper(pubmed("37128372"))
                        .tags(LFM))
                .entry(entry("Position-based prompting for health outcome generation")
                        .venue(Venue.BIONLP)
                        .year(2022)
                        .paper(acl("2022.bionlp-1.3"))
                        .tags(LFM))
                .entry(entry("Domain-specific language model pretraining for biomedical natural language processing")
                        .venue(Venue.of("ACM Trans. Comput. Healthc."))
                        .year(2021)
                        .paper("https://dl.acm.org/doi/10.1145/3458754")
                        .code("https://huggingface.co/microsoft/BiomedNLP-BiomedBERT-base-uncased-abstract-fulltext")
                        .tags(LFM))
                .entry(entry(
                                "Modified bidirectional encoder representations from transformers extractive summarization model for hospital information systems based on character-level tokens (alphabert): development and performance evaluation")
                        .venue(Venue.of("JMIR Med. Info."))
                        .year(2020)
                        .paper("https://medinform.jmir.org/2020/4/e17787/")
                        .code("https://github.com/wicebing/AlphaBERT")
                        .tags(LFM))
                // The seed writes "[Scientific reports]"; Venue.SCIENTIFIC_REPORTS capitalises it.
                .entry(entry("Behrt: transformer for electronic health records")
                        .venue(Venue.SCIENTIFIC_REPORTS)
                        .year(2020)
                        .paper("https://www.nature.com/articles/s41598-020-62922-y")
                        .code("https://github.com/deepmedicine/BEHRT")
                        .tags(LFM))
                // Seed defect kept: filed under 2020, but its ACL Anthology id says 2022.
                .entry(entry("BioBART: Pretraining and evaluation of a biomedical generative language model")
                        .venue(Venue.BIONLP)
                        .year(2020)
                        .paper(acl("2022.bionlp-1.9"))
                        .code("https://github.com/GanjinZero/BioBART")
                        .tags(LFM))
                .entry(entry(
                                "Biobert: a pre-trained biomedical language representation model for biomedical text mining")
                        .venue(Venue.of("Method. Biochem. Anal."))
                        .year(2020)
                        .paper("https://academic.oup.com/bioinformatics/article/36/4/1234/5566506")
                        .code("https://github.com/dmis-lab/biobert")
                        .tags(LFM))
                // Seed defect kept: the paper link is GatorTron's article, and its id says 2022 while the seed files
                // the entry under 2019 (duplicate-url and year-mismatch report both). The code link comes first so
                // that the item's main link is its own: awesome-lint's double-link counts only main links.
                .entry(entry(
                                "ClinicalBERT: A hybrid learning model for natural language inference in healthcare using BERT")
                        .venue(Venue.NPJ_DIGITAL_MEDICINE)
                        .year(2019)
                        .code("https://github.com/EmilyAlsentzer/clinicalBERT")
                        .paper("https://www.nature.com/articles/s41746-022-00742-2")
                        .tags(LFM));
    }

    private static Section.Builder bfmMethods() {
        return section("BFM methods")
                .groupByYear()
                .entry(entry(
                                "Multiple sequence alignment-based RNA language model and its application to structural inference")
                        .venue(Venue.NUCLEIC_ACIDS_RESEARCH)
                        .year(2024)
                        .paper("https://academic.oup.com/nar/article/52/1/e3/7369930")
                        .code("https://github.com/yikunpku/RNA-MSM")
                        .tags(BFM))
                .entry(entry(
                                "scGPT: toward building a foundation model for single-cell multi-omics using generative AI")
                        .venue(Venue.NATURE_METHODS)
                        .year(2024)
                        .paper("https://www.nature.com/articles/s41592-024-02201-0")
                        .code("https://github.com/bowang-lab/scGPT")
                        .tags(BFM))
                .entry(entry("DNAGPT: A Generalized Pre-trained Tool for Versatile DNA Sequence Analysis Tasks")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2307.05628"))
                        .code("https://github.com/TencentAILabHealthcare/DNAGPT")
                        .tags(BFM))
                .entry(entry("HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2306.15794"))
                        .code("https://github.com/HazyResearch/hyena-dna")
                        .tags(BFM))
                .entry(entry("Large language models generate functional protein sequences across diverse families")
                        .venue(Venue.NATURE_BIOTECHNOLOGY)
                        .year(2023)
                        .paper("https://www.nature.com/articles/s41587-022-01618-2")
                        .code("https://github.com/salesforce/progen")
                        .tags(BFM))
                .entry(entry("ProGen2: Exploring the boundaries of protein language models")
                        .venue(Venue.CELL_SYSTEMS)
                        .year(2023)
                        .paper("https://www.cell.com/cell-systems/abstract/S2405-4712(23)00272-7")
                        .code("https://github.com/salesforce/progen/tree/main/progen2")
                        .tags(BFM))
                .entry(entry("Transfer learning enables predictions in network biology")
                        .venue(Venue.NATURE)
                        .year(2023)
                        .paper("https://www.nature.com/articles/s41586-023-06139-9")
                        .code("https://huggingface.co/ctheodoris/Geneformer")
                        .tags(BFM))
                .entry(entry("DNABERT-2: Efficient Foundation Model and Benchmark For Multi-Species Genome")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2306.15006"))
                        .code("https://github.com/Zhihan1996/DNABERT_2")
                        .tags(BFM))
                .entry(entry(
                                "The Nucleotide Transformer: Building and Evaluating Robust Foundation Models for Human Genomics")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper(biorxiv("10.1101/2023.01.11.523679v1"))
                        .code("https://github.com/instadeepai/nucleotide-transformer")
                        .tags(BFM))
                .entry(entry("GENA-LM: A Family of Open-Source Foundational Models for Long DNA Sequences")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper(biorxiv("10.1101/2023.06.12.544594v2"))
                        .code("https://github.com/AIRI-Institute/GENA_LM")
                        .tags(BFM))
                .entry(entry(
                                "Self-supervised learning on millions of pre-mRNA sequences improves sequence-based RNA splicing prediction")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper(biorxiv("10.1101/2023.01.31.526427v2"))
                        .code("https://github.com/biomed-AI/SpliceBERT")
                        .tags(BFM))
                .entry(entry(
                                "A 5’ UTR Language Model for Decoding Untranslated Regions of mRNA and Function Predictions")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper("https://www.biorxiv.org/content/10.1101/2023.10.11.561938v1.full")
                        .code("https://github.com/a96123155/UTR-LM")
                        .tags(BFM))
                .entry(entry(
                                "Deciphering 3’ UTR mediated gene regulation using interpretable deep representation learning")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper(biorxiv("10.1101/2023.09.08.556883v1"))
                        .code("https://github.com/yangyn533/3UTRBERT")
                        .tags(BFM))
                .entry(entry("Evolutionary-scale prediction of atomic-level protein structure with a language model")
                        .venue(Venue.SCIENCE)
                        .year(2023)
                        .paper("https://www.science.org/doi/10.1126/science.ade2574")
                        .code("https://github.com/facebookresearch/esm")
                        .tags(BFM))
                .entry(entry("Universal Cell Embeddings: A Foundation Model for Cell Biology")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper(biorxiv("10.1101/2023.11.28.568918v1"))
                        .code("https://github.com/snap-stanford/UCE")
                        .tags(BFM))
                .entry(entry("Large Scale Foundation Model on Single-cell Transcriptomics")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper(biorxiv("10.1101/2023.05.29.542705v4"))
                        .code("https://github.com/biomap-research/scFoundation")
                        .tags(BFM))
                .entry(entry("Large-Scale Cell Representation Learning via Divide-and-Conquer Contrastive Learning")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2306.04371"))
                        .code("https://github.com/PharMolix/OpenBioMed")
                        .tags(BFM))
                .entry(entry("CodonBERT: Large Language Models for mRNA design and optimization")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper(biorxiv("10.1101/2023.09.09.556981v2"))
                        .code("https://github.com/Sanofi-Public/CodonBERT")
                        .tags(BFM))
                .entry(entry(
                                "xTrimoPGLM: Unified 100B-Scale Pre-trained Transformer for Deciphering the Language of Protein")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper(biorxiv("10.1101/2023.07.05.547496v4"))
                        .tags(BFM))
                .entry(entry("GenePT: A Simple But Effective Foundation Model for Genes and Cells Built From ChatGPT")
                        .venue(Venue.BIORXIV)
                        .year(2023)
                        .paper(biorxiv("10.1101/2023.10.16.562533v2"))
                        .code("https://github.com/yiqunchen/GenePT")
                        .tags(BFM))
                .entry(entry(
                                "scBERT as a large-scale pretrained deep language model for cell type annotation of single-cell RNA-seq data")
                        .venue(Venue.NATURE_MACHINE_INTELLIGENCE)
                        .year(2022)
                        .paper("https://www.nature.com/articles/s42256-022-00534-z")
                        .code("https://github.com/TencentAILabHealthcare/scBERT")
                        .tags(BFM))
                .entry(entry(
                                "Interpretable RNA Foundation Model from Unannotated Data for Highly Accurate RNA Structure and Function Predictions")
                        .venue(Venue.BIORXIV)
                        .year(2022)
                        .paper(biorxiv("10.1101/2022.08.06.503062v2"))
                        .code("https://github.com/ml4bio/RNA-FM")
                        .tags(BFM))
                .entry(entry(
                                "Informative RNA base embedding for RNA structural alignment and clustering by deep representation learning")
                        .venue(Venue.of("NAR Genomics & Bioinformatics"))
                        .year(2022)
                        .paper("https://academic.oup.com/nargab/article/4/1/lqac012/6534363")
                        .code("https://github.com/mana438/RNABERT")
                        .tags(BFM))
                .entry(entry("Single-sequence protein structure prediction using language models and deep learning")
                        .venue(Venue.NATURE_BIOTECHNOLOGY)
                        .year(2022)
                        .paper("https://www.nature.com/articles/s41587-022-01432-w")
                        .code("https://github.com/aqlaboratory/rgn2")
                        .tags(BFM))
                .entry(entry(
                                "DNABERT: pre-trained Bidirectional Encoder Representations from Transformers model for DNA-language in genome")
                        .venue(Venue.BIOINFORMATICS)
                        .year(2021)
                        .paper("https://academic.oup.com/bioinformatics/article/37/15/2112/6128680")
                        .code("https://github.com/jerryji1993/DNABERT")
                        .tags(BFM))
                .entry(entry("ProtTrans: Toward Understanding the Language of Life Through Self-Supervised Learning")
                        .venue(Venue.IEEE_TPAMI)
                        .year(2021)
                        .paper("https://ieeexplore.ieee.org/document/9477085")
                        .code("https://github.com/agemagician/ProtTrans")
                        .tags(BFM))
                // The seed writes "[ICML 2021]"; the year lives in .year(), the venue is Venue.ICML.
                .entry(entry("MSA Transformer")
                        .venue(Venue.ICML)
                        .year(2021)
                        .paper("https://proceedings.mlr.press/v139/rao21a.html")
                        .code("https://github.com/rmrao/msa-transformer")
                        .tags(BFM))
                .entry(entry(
                                "Biological structure and function emerge from scaling unsupervised learning to 250 million protein sequences")
                        .suppress(
                                "duplicate-url",
                                "ESM-1b and ESMFold are published from one repository, facebookresearch/esm")
                        .venue(Venue.PNAS)
                        .year(2021)
                        .paper("https://www.pnas.org/doi/10.1073/pnas.2016239118")
                        .code("https://github.com/facebookresearch/esm")
                        .tags(BFM))
                // The AlphaFold DB row below cites this paper too: the code link comes first so that awesome-lint's
                // double-link, which counts only an item's main link, sees the paper once.
                .entry(entry("Highly accurate protein structure prediction with AlphaFold")
                        .venue(Venue.NATURE)
                        .year(2021)
                        .code("https://github.com/google-deepmind/alphafold")
                        .paper("https://www.nature.com/articles/s41586-021-03819-2")
                        .tags(BFM))
                .entry(entry("Multi-modal Self-supervised Pre-training for Regulatory Genome Across Cell Types")
                        .venue(Venue.ARXIV)
                        .year(2021)
                        .paper(arxiv("2110.05231"))
                        .code("https://github.com/ZovcIfzm/GeneBERT")
                        .tags(BFM));
    }

    private static Section.Builder mfmMethods() {
        return section("MFM methods")
                .entry(entry("MMBERT: Multimodal BERT Pretraining for Improved Medical VQA")
                        .paper(arxiv("2104.01394"))
                        .code("https://github.com/VirajBagal/MMBERT")
                        .tags(MFM))
                .entry(entry("Advancing radiograph representation learning with masked record modeling")
                        .paper(arxiv("2301.13155"))
                        .code("https://github.com/RL4M/MRM-pytorch")
                        .tags(MFM))
                .entry(entry(
                                "Towards Generalist Foundation Model for Radiology by Leveraging Web-scale 2D&3D Medical Data")
                        .paper("https://arxiv.org/pdf/2308.02463.pdf")
                        .code("https://github.com/chaoyi-wu/RadFM")
                        .tags(MFM))
                .entry(entry(
                                "BiomedGPT: A Unified and Generalist Biomedical Generative Pre-trained Transformer for Vision, Language, and Multimodal Tasks")
                        .paper(arxiv("2305.17100"))
                        .code("https://github.com/taokz/BiomedGPT")
                        .tags(MFM))
                .entry(entry("Translation between Molecules and Natural Language")
                        .venue(Venue.EMNLP)
                        .paper("https://aclanthology.org/2022.emnlp-main.26.pdf")
                        .code("https://github.com/blender-nlp/MolT5")
                        .tags(MFM));
    }

    private static Table.Builder datasetTable() {
        return table(
                column("Dataset Name").center(),
                column("Modality").center(),
                column("Scale").center(),
                column("Task").center(),
                column("Link").center());
    }

    /** The dataset's download or home page, shown as the seed shows it. */
    private static Cell download(String url) {
        return cell(Link.dataset(url).withLabel("*"));
    }

    // The seed's three last VFM rows ("[]()", "[   ]()") name no dataset and link nowhere: dropped.
    private static Table.Builder vfmData() {
        return datasetTable()
                .row(
                        cell("LIMUC", "https://academic.oup.com/ibdjournal/article/29/9/1431/6830946"),
                        cell("Endoscopy"),
                        cell("1043 videos (11276 frames)"),
                        cell("Detection"),
                        download("https://zenodo.org/records/5827695#.Yi8GJ3pByUk"))
                .row(
                        cell("SUN", "https://www.sciencedirect.com/science/article/pii/S0016510720346551"),
                        cell("Endoscopy"),
                        cell("1018 videos (158,690 frames)"),
                        cell("Detection"),
                        download("http://amed8k.sundatabase.org/"))
                .row(
                        cell("Kvasir-Capsule", "https://www.nature.com/articles/s41597-021-00920-z"),
                        cell("Endoscopy"),
                        cell("117 videos (4,741,504 frames)"),
                        cell("Detection"),
                        download("https://datasets.simula.no/kvasir-capsule/"))
                .row(
                        cell("EndoSLAM", "https://www.sciencedirect.com/science/article/pii/S1361841521001043"),
                        cell("Endoscopy"),
                        cell("1020 videos (158,690 frames)"),
                        cell("Detection, Registration"),
                        download("https://github.com/CapsuleEndoscope/EndoSLAM"))
                .row(
                        cell("LDPolypVideo", "https://link.springer.com/chapter/10.1007/978-3-030-87240-3_37"),
                        cell("Endoscopy"),
                        cell("263 videos (895,284 frames)"),
                        cell("Detection"),
                        download("https://github.com/dashishi/LDPolypVideo-Benchmark"))
                .row(
                        cell("HyperKvasir", "https://www.nature.com/articles/s41597-020-00622-y"),
                        cell("Endoscopy"),
                        cell("374 videos (1,059,519 frames)"),
                        cell("Detection"),
                        download("https://datasets.simula.no/hyper-kvasir"))
                .row(
                        cell("CholecT45", "https://arxiv.org/pdf/2204.05235.pdf"),
                        cell("Endoscopy"),
                        cell("45 videos (90489 frames)"),
                        cell("Segmentation, Detection"),
                        download("https://github.com/CAMMA-public/cholect45"))
                // The seed links the name to "()" (nowhere) and the data to "nihcc.app.box.com", which GitHub
                // would resolve as a relative link: the name is text, the data link gets its https scheme.
                .row(
                        cell("DeepLesion"),
                        cell("CT slices (2D)"),
                        cell("32,735 images"),
                        cell("Segmentation, Registration"),
                        download("https://nihcc.app.box.com"));
    }

    private static Table.Builder bfmData() {
        return datasetTable()
                // The seed nests a link in the link target ("[…]([LIMUC's URL](bioRxiv URL))"): the outer
                // target, the CellxGene preprint, is the intended one.
                .row(
                        cell("CellxGene Corpus", "https://www.biorxiv.org/content/10.1101/2023.10.30.563174v1"),
                        cell("scRNA-seq"),
                        cell("over 72M scRNA-seq data"),
                        cell("Single cell omics study"),
                        download("https://cellxgene.cziscience.com"))
                .row(
                        cell("NCBI GenBank", "https://doi.org/10.1093/nar/gks1195"),
                        cell("DNA"),
                        cell("3.7B sequences"),
                        cell("Genomics study"),
                        download("https://www.ncbi.nlm.nih.gov/genbank/"))
                .row(
                        cell("SCP", "https://www.biorxiv.org/content/10.1101/2023.07.13.548886v1"),
                        cell("scRNA-seq"),
                        cell("over 40M scRNA-seq data"),
                        cell("Single cell omics study"),
                        download("https://singlecell.broadinstitute.org/single_cell"))
                .row(
                        cell("Gencode", "https://doi.org/10.1093/nar/gky955"),
                        cell("DNA"),
                        emptyCell(),
                        cell("Genomics study"),
                        download("https://www.gencodegenes.org/"))
                .row(
                        cell("10x Genomics"),
                        cell("scRNA-seq, DNA"),
                        emptyCell(),
                        cell("Single cell omics and genomics study"),
                        download("https://support.10xgenomics.com/single-cell-gene-expression/datasets"))
                .row(
                        cell("ABC Atlas"),
                        cell("scRNA-seq"),
                        cell("over 15M scRNA-seq data"),
                        cell("Single cell omics study"),
                        download("https://portal.brain-map.org"))
                .row(
                        cell("Human Cell Atlas", "https://doi.org/10.7554/eLife.27041"),
                        cell("scRNA-seq"),
                        cell("over 50M scRNA-seq data"),
                        cell("Single cell omics study"),
                        download("https://www.humancellatlas.org/"))
                .row(
                        cell("UCSC Genome Browser", "https://doi.org/10.1093/nar/gkad987"),
                        cell("DNA"),
                        emptyCell(),
                        cell("Genomics study"),
                        download("https://hgdownload.soe.ucsc.edu/downloads.html"))
                .row(
                        cell("Ensembl Project", "https://academic.oup.com/nar/article/51/D1/D933/6786199"),
                        cell("Protein"),
                        emptyCell(),
                        cell("Proteomics study"),
                        download("https://ensembl.org/index.html"))
                .row(
                        cell("RNAcentral database", "https://doi.org/10.1093/nar/gky1034"),
                        cell("RNA"),
                        cell("36M sequences"),
                        cell("Transcriptomics study"),
                        download("https://rfam.org"))
                .row(
                        cell("AlphaFold DB", "https://www.nature.com/articles/s41586-021-03819-2"),
                        cell("Protein"),
                        cell("214M structures"),
                        cell("Proteomics study"),
                        download("https://alphafold.ebi.ac.uk/download"))
                .suppress(
                        "duplicate-url",
                        "the seed cites the AlphaFold method paper (BFM methods, 2021) for the database")
                .row(
                        cell("PDBe", "https://europepmc.org/articles/PMC7145656"),
                        cell("Protein"),
                        emptyCell(),
                        cell("Proteomics study"),
                        download("https://www.ebi.ac.uk/pdbe/"))
                .row(
                        cell("UniProt", "https://doi.org/10.1093/nar/gkac1052"),
                        cell("Protein"),
                        cell("over 250M sequences"),
                        cell("Proteomics study"),
                        download("https://www.uniprot.org"))
                .row(
                        cell("LINCS L1000", "http://lincsportal.ccs.miami.edu/datasets/#/view/LDS-1398"),
                        cell("Small molecules"),
                        cell("1,000 genes with 41k small molecules"),
                        cell("Disease research, drug response"),
                        download("https://lincsportal.ccs.miami.edu/dcic-portal/"))
                .row(
                        cell("GDSC", "https://doi.org/10.1093/nar/gks1111"),
                        cell("Small molecules"),
                        cell("1,000 cancer cells with 400 compounds"),
                        cell("Disease research, drug response"),
                        download("https://www.cancerrxgene.org"))
                .row(
                        cell("CCLE", "https://doi.org/10.1038/s41586-019-1186-3"),
                        emptyCell(),
                        emptyCell(),
                        cell("Bioinformatics study"),
                        download("https://sites.broadinstitute.org/ccle/datasets"))
                // The seed links the name TCGA to "()" (nowhere): the name is text.
                .row(
                        cell("TCGA"),
                        emptyCell(),
                        emptyCell(),
                        cell("Bioinformatics study"),
                        download("https://www.cancer.gov/ccg/research/genome-sequencing/tcga"))
                .row(
                        cell("CGGA", "https://www.sciencedirect.com/science/article/pii/S1672022921000450"),
                        emptyCell(),
                        emptyCell(),
                        cell("Bioinformatics study"),
                        download("http://www.cgga.org.cn"))
                .row(
                        cell("UK Biobank", "https://www.nature.com/articles/s41586-018-0579-z"),
                        emptyCell(),
                        emptyCell(),
                        cell("Bioinformatics study"),
                        download("https://www.ukbiobank.ac.uk"));
    }
}
