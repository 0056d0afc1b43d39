package io.github.awesomedsl.maven.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesOnlyWhenTheBytesChange() throws Exception {
        Path readme = dir.resolve("README.md");
        assertThat(AtomicFiles.writeIfChanged(readme, "one\n")).isTrue();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(readme, old);
        assertThat(AtomicFiles.writeIfChanged(readme, "one\n")).isFalse();
        assertThat(Files.getLastModifiedTime(readme)).isEqualTo(old);
        assertThat(AtomicFiles.writeIfChanged(readme, "two\n")).isTrue();
        assertThat(Files.readString(readme)).isEqualTo("two\n");
    }

    @Test
    void replacesAtomicallyKeepingPermissionsAndLeavingNoTemporaryFile() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "old\n");
        Files.setPosixFilePermissions(readme, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeIfChanged(readme, "new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readme)))
                .isEqualTo("rw-rw-r--");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(readme);
        }
        Path fresh = dir.resolve("sub/NEW.md");
        AtomicFiles.writeIfChanged(fresh, "x\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aReadOnlyReadmeIsAnErrorThatSaysHowToFixIt() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "old\n");
        readme.toFile().setWritable(false);
        // root may write anything: the check must not depend on the OS refusing
        assertThatThrownBy(() -> AtomicFiles.writeIfChanged(readme, "new\n"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("make it writable (chmod u+w) or point the plugin's <readme> elsewhere");
        assertThat(Files.readString(readme)).isEqualTo("old\n");
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedByTheNextWriteOthersAreKept() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "same\n");
        FileTime killedLongAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        Path oldStyle = Files.writeString(dir.resolve(".README.md4711.tmp"), "half");
        Path ours = Files.writeString(dir.resolve(".README.md.awesome-123456789.tmp"), "half");
        Path fresh = Files.writeString(dir.resolve(".README.md.awesome-42.tmp"), "another build is writing this one");
        Path notOurs = Files.writeString(dir.resolve(".README.md.swp.tmp"), "an editor's");
        Path otherTarget = Files.writeString(dir.resolve(".CHANGELOG.md99.tmp"), "half");
        for (Path stale : new Path[] {oldStyle, ours, notOurs, otherTarget}) {
            Files.setLastModifiedTime(stale, killedLongAgo);
        }
        assertThat(AtomicFiles.writeIfChanged(readme, "same\n"))
                .as("nothing to write, but the leftovers go")
                .isFalse();
        assertThat(oldStyle).doesNotExist();
        assertThat(ours).doesNotExist();
        assertThat(fresh).exists();
        assertThat(notOurs).exists();
        assertThat(otherTarget).exists();
    }
}
