package io.github.awesomedsl.maven.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.dsl.AwesomeDsl;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.MarkerException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeWriterTest {

  @TempDir Path dir;

  private static final AwesomeList LIST =
      AwesomeDsl.list("Awesome X").section(AwesomeDsl.section("A").placeholder()).build();

  @Test
  void writesOnlyWhenTheBytesChange() throws Exception {
    Path readme = dir.resolve("README.md");
    assertThat(ReadmeWriter.writeIfChanged(readme, "one\n")).isTrue();
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(readme, old);
    assertThat(ReadmeWriter.writeIfChanged(readme, "one\n")).isFalse();
    assertThat(Files.getLastModifiedTime(readme)).isEqualTo(old);
    assertThat(ReadmeWriter.writeIfChanged(readme, "two\n")).isTrue();
    assertThat(Files.readString(readme)).isEqualTo("two\n");
  }

  @Test
  void replacesAtomicallyKeepingPermissionsAndLeavingNoTemporaryFile() throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "old\n");
    Files.setPosixFilePermissions(readme, PosixFilePermissions.fromString("rw-rw-r--"));
    ReadmeWriter.writeIfChanged(readme, "new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readme))).isEqualTo("rw-rw-r--");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(readme);
    }
    Path fresh = dir.resolve("sub/NEW.md");
    ReadmeWriter.writeIfChanged(fresh, "x\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
  }

  @Test
  void aReadOnlyReadmeIsAnErrorThatSaysHowToFixIt() throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "old\n");
    readme.toFile().setWritable(false);
    // root may write anything: the check must not depend on the OS refusing
    assertThatThrownBy(() -> ReadmeWriter.writeIfChanged(readme, "new\n"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("make it writable (chmod u+w) or point the plugin's <readme> elsewhere");
    assertThat(Files.readString(readme)).isEqualTo("old\n");
  }

  @Test
  void expectedContentSplicesBetweenMarkersOrRendersTheWholeList() throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "# Mine\n<!-- awesome:begin -->\n<!-- awesome:end -->\n");
    MarkdownRenderer renderer = MarkdownRenderer.create();
    assertThat(ReadmeWriter.expectedContent(LIST, renderer, readme, true))
        .startsWith("# Mine\n<!-- awesome:begin -->\n\n## Contents\n")
        .endsWith("Contributions welcome.\n\n<!-- awesome:end -->\n");
    assertThat(ReadmeWriter.expectedContent(LIST, renderer, readme, false)).isEqualTo(renderer.render(LIST));
    assertThatThrownBy(() -> ReadmeWriter.expectedContent(LIST, renderer, dir.resolve("none.md"), true))
        .isInstanceOf(MarkerException.class)
        .hasMessageContaining("does not exist");
  }
}
