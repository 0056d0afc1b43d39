package io.github.awesomedsl.maven.output.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrittenRecordTest {

    @TempDir
    Path reports;

    @Test
    void knowsWhatItRecordedAndNothingElse() throws Exception {
        WrittenRecord record = new WrittenRecord(reports, Path.of("docs/README.md"));
        assertThat(record.recorded()).isEmpty();
        assertThat(record.isRecorded("# Awesome\n")).isFalse();

        String written = "# Awesome Tools\n\n- [Maven](https://maven.apache.org) - Declarative builds.\n";
        record.record(written);
        assertThat(record.file()).isEqualTo(reports.resolve("README.md.written"));
        assertThat(new WrittenRecord(reports, Path.of("README.md")).isRecorded(written))
                .as("a later run, with a record of its own")
                .isTrue();
        assertThat(record.isRecorded(written.replace("Declarative", "declarative")))
                .isFalse();
        assertThat(record.isRecorded(written.replace("builds.", "builds!"))).isFalse();
        assertThat(record.isRecorded(written + "\n")).as("a line added").isFalse();
        assertThat(record.isRecorded(written.replace("Maven", "Mavén")))
                .as("one character, other bytes")
                .isFalse();
    }
}
