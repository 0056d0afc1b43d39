package io.github.awesomedsl.maven.output.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "MedCPT: A method for zero-shot biomedical information retrieval | MEDCPT",
                "Pmc-llama: Towards building open-source language models | PMC_LLAMA",
                "10x Genomics | N10X_GENOMICS",
                "Ünïcödé Àccents | UNICODE_ACCENTS",
                "Chatcad+ | CHATCAD",
                "中文 | 中文",
                "!!! | ENTRY",
            })
    void constantsAreUpperSnakeCaseOfTheShortName(String title, String constant) {
        assertThat(JavaNames.constantBase(title)).isEqualTo(constant);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "LFM methods in healthcare | LfmMethodsInHealthcare",
                "Lectures and Tutorials | LecturesAndTutorials",
                "3D data | N3dData",
                "class | Class",
            })
    void classesAreUpperCamelCase(String title, String type) {
        assertThat(JavaNames.typeBase(title)).isEqualTo(type);
    }

    @Test
    void aSecondOwnerOfANameIsACollisionNeverASuffix() {
        List<JavaNames.NameCollision> collisions = new ArrayList<>();
        JavaNames names = new JavaNames("ToolsCatalog.Build", collisions);
        assertThat(names.claim("MAVEN", "entry \"Maven\" (A.java:1)")).isEqualTo("MAVEN");
        assertThat(names.claim("GRADLE", "entry \"Gradle\" (A.java:2)")).isEqualTo("GRADLE");
        assertThat(collisions).isEmpty();
        assertThat(names.claim("MAVEN", "entry \"Maven!\" (A.java:3)")).isEqualTo("MAVEN");
        assertThat(collisions)
                .singleElement()
                .hasToString("ToolsCatalog.Build.MAVEN: entry \"Maven\" (A.java:1) and entry \"Maven!\" (A.java:3)");
    }

    @Test
    void namesStayShortEnoughForAnyFileSystem() {
        String longTitle = "Word ".repeat(2_000);
        assertThat(JavaNames.constantBase(longTitle))
                .hasSizeLessThanOrEqualTo(JavaNames.MAX_CONSTANT_LENGTH)
                .doesNotEndWith("_")
                .startsWith("WORD_WORD");
        assertThat(JavaNames.typeBase(longTitle).getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(JavaNames.MAX_TYPE_BYTES);
        assertThat(JavaNames.typeBase("中".repeat(100)).getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(JavaNames.MAX_TYPE_BYTES);
        assertThat(JavaNames.constantBase("x".repeat(5_000)))
                .hasSize(JavaNames.MAX_CONSTANT_LENGTH)
                .matches("X+_[0-9A-F]{4}");
    }
}
