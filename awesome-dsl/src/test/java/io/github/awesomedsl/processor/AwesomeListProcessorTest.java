package io.github.awesomedsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AwesomeListProcessorTest {

    private static JavaFileObject list(String body, boolean annotated) {
        return JavaFileObjects.forSourceLines(
                "com.example.MyList",
                "package com.example;",
                "",
                "import static io.github.awesomedsl.dsl.AwesomeDsl.*;",
                "",
                "import io.github.awesomedsl.dsl.Awesome;",
                "import io.github.awesomedsl.dsl.AwesomeListSource;",
                "import io.github.awesomedsl.model.AwesomeList;",
                "import io.github.awesomedsl.model.Link;",
                "",
                annotated ? "@Awesome" : "",
                "public final class MyList implements AwesomeListSource {",
                "  @Override",
                "  public AwesomeList define() {",
                "    return list(\"Awesome Things\")",
                body,
                "        .build();",
                "  }",
                "}");
    }

    private static Compilation compile(JavaFileObject source) {
        return javac().withProcessors(new AwesomeListProcessor()).compile(source);
    }

    @Test
    void aMalformedUrlLiteralIsAnErrorAtTheLiteral() {
        JavaFileObject source =
                list("        .section(section(\"S\").entry(entry(\"DeepLesion\").url(\"nihcc.app.box.com\")))", true);
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("URL \"nihcc.app.box.com\" has no scheme, so GitHub treats it as a relative link")
                .inFile(source)
                .onLine(15)
                .atColumn(61);
    }

    @Test
    void aMalformedPaperIdentifierIsAnErrorAtTheLiteral() {
        JavaFileObject source = list(
                String.join(
                        "\n",
                        "        .section(section(\"S\").entry(entry(\"A\").paper(arxiv(\"2304.1445\")))",
                        "            .entry(entry(\"B\").paper(doi(\"https://doi.org/10.1093/nar/gks1195\")))",
                        "            .entry(entry(\"C\").paper(acl(\"2022.bionlp-1.9\")).code(\"https://github.com/a/b\"))",
                        "            .entry(entry(\"D\").paper(pubmed(\"PMC123\"))))"),
                true);
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining(
                        "\"2304.1445\" is not an arXiv id (for example 2304.14454 or cs/0112017) (awesome-dsl arxiv)")
                .inFile(source)
                .onLine(15);
        assertThat(compilation)
                .hadErrorContaining("\"PMC123\" is not a PubMed id (for example 37069443) (awesome-dsl pubmed)")
                .inFile(source)
                .onLine(18);
    }

    @Test
    void urlsInCellsLinkItemsAndLinkFactoriesAreChecked() {
        Compilation compilation = compile(list(
                String.join(
                        "\n",
                        "        .section(section(\"S\").link(linkItem(\"Talk\", \"https://talk.example/a b\"))",
                        "            .table(table(column(\"Name\")).row(cell(\"X\", \"javascript:alert(1)\")))",
                        "            .entry(entry(\"E\").link(Link.custom(\"Slides\", \"ftp://files.example/s.pdf\"))))"),
                true));
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("contains a space; percent-encode it as %20");
        assertThat(compilation).hadErrorContaining("uses the javascript: scheme");
        assertThat(compilation).hadErrorContaining("uses the ftp: scheme");
    }

    @Test
    void aYearLiteralOutOfRangeIsAnError() {
        Compilation compilation = compile(list(
                "        .section(section(\"S\").entry(entry(\"Old\").year(1492).url(\"https://old.example\")))",
                true));
        assertThat(compilation).hadErrorContaining("year 1492 is outside 1900..");
    }

    @Test
    void aRepeatedUrlIsLeftToThePlugin() {
        // duplicate-url reports it once, at the same line, honouring suppressions; javac repeating it was noise
        Compilation compilation = compile(list(
                String.join(
                        "\n",
                        "        .section(section(\"S\")",
                        "            .entry(entry(\"Meditron\").code(\"https://github.com/epfLLM/meditron\"))",
                        "            .entry(entry(\"Qilin\").code(\"https://github.com/epfLLM/meditron\")))"),
                true));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aRepeatAcceptedWithASuppressionIsNotAWarning() {
        Compilation compilation = compile(list(
                String.join(
                        "\n",
                        "        .section(section(\"S\")",
                        "            .entry(entry(\"Chatcad\").code(\"https://github.com/zhaozh10/ChatCAD\"))",
                        "            .entry(entry(\"Chatcad+\").code(\"https://github.com/zhaozh10/ChatCAD\")",
                        "                .suppress(\"duplicate-url\", \"two papers of one repository\")))"),
                true));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aCorrectListCompilesWithoutDiagnostics() {
        Compilation compilation = compile(list(
                "        .section(section(\"S\").entry(entry(\"Maven\").year(2024).url(\"https://maven.apache.org\")))",
                true));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void classesWithoutTheMarkAreLeftAlone() {
        Compilation compilation = compile(list(
                "        .section(section(\"S\").entry(entry(\"DeepLesion\").url(\"nihcc.app.box.com\")))", false));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
