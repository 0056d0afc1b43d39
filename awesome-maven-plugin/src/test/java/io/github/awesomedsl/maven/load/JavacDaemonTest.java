package io.github.awesomedsl.maven.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavacDaemonTest {

    @TempDir
    Path project;

    @TempDir
    Path home;

    private final List<String> notices = new CopyOnWriteArrayList<>();

    private Path daemons() {
        return home.resolve("daemons");
    }

    @AfterEach
    void stopTheDaemons() throws IOException {
        JavacDaemon.stopAll(daemons());
    }

    private ListLoader loader(Duration idle) {
        return new ListLoader(true).withDaemon(daemons(), idle, notices::add);
    }

    private LoadRequest request(String listClass, String work) throws URISyntaxException {
        return ListProjects.request(project, listClass, work, Optional.empty());
    }

    private void source(String relativePath, String code) throws IOException {
        ListProjects.source(project, relativePath, code);
    }

    private void twoPartList(String first) throws IOException {
        ListProjects.splitList(project, first, "Gradle", "Split");
    }

    /** The daemons running with a socket in this test's folder. */
    private List<ProcessHandle> running() {
        String folder = daemons().toString();
        List<ProcessHandle> found = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .filter(line -> line.contains(JavacDaemon.class.getName()) && line.contains(folder))
                        .isPresent())
                .forEach(found::add);
        return found;
    }

    private static List<String> titles(LoadedList loaded) {
        return ListProjects.titles(loaded);
    }

    @Test
    void theDaemonCompilesWhatJavacInMavensJvmCompilesAndServesTheNextBuilds() throws Exception {
        twoPartList("Maven");
        ListLoader daemon = loader(Duration.ofMinutes(1));
        LoadedList viaDaemon = daemon.load(request("com.example.Split", "target/daemon"));
        LoadedList inProcess = new ListLoader(false).load(request("com.example.Split", "target/in-process"));
        assertThat(notices).isEmpty();
        assertThat(viaDaemon.compiledBy()).isEqualTo(LoadedList.Classes.JAVAC);
        assertThat(viaDaemon.list()).isEqualTo(inProcess.list());
        ListProjects.assertSameCompilation(project, "target/daemon", "target/in-process");
        List<ProcessHandle> first = running();
        assertThat(first).hasSize(1);
        // no child of this JVM, which would otherwise wait for it on exit (ProcessHandle.current() is the build)
        assertThat(first.get(0).parent()).isNotEqualTo(Optional.of(ProcessHandle.current()));
        assertThat(ProcessHandle.current().children()).doesNotContain(first.get(0));

        // an edit compiles incrementally, in the same daemon
        twoPartList("Apache Maven");
        LoadedList edited = daemon.load(request("com.example.Split", "target/daemon"));
        assertThat(edited.compiledBy()).isEqualTo(LoadedList.Classes.INCREMENTAL);
        assertThat(titles(edited)).containsExactly("Apache Maven", "Gradle");
        assertThat(running()).containsExactlyElementsOf(first);

        // and another project's build, in a loader of its own, finds it too
        LoadedList other = loader(Duration.ofMinutes(1)).load(request("com.example.Split", "target/other"));
        assertThat(titles(other)).containsExactly("Apache Maven", "Gradle");
        assertThat(running()).containsExactlyElementsOf(first);
        assertThat(notices).isEmpty();

        assertThat(JavacDaemon.stopAll(daemons())).isEqualTo(1);
        first.get(0).onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        try (var left = Files.list(daemons())) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".sock"));
        }
    }

    @Test
    void compileErrorsComeBackFromTheDaemonWithFileLineAndColumn() throws Exception {
        source("com/example/Bad.java", """
        package com.example;
        public final class Bad implements io.github.awesomedsl.dsl.AwesomeListSource {
          public io.github.awesomedsl.model.AwesomeList define() {
            return missing();
          }
        }
        """);
        assertThatThrownBy(() -> loader(Duration.ofMinutes(1)).load(request("com.example.Bad", "target/awesome")))
                .hasMessageStartingWith(
                        "The list class does not compile:\n  src/main/java/com/example/Bad.java:[4,12] cannot find symbol");
        assertThat(notices).isEmpty();
        assertThat(running()).hasSize(1);
    }

    @Test
    void itsFolderIsMadePrivateAndOneOpenToOthersIsNotUsed() throws Exception {
        twoPartList("Maven");
        loader(Duration.ofMinutes(1)).load(request("com.example.Split", "target/awesome"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(daemons())))
                .isEqualTo("rwx------");
        JavacDaemon.stopAll(daemons());

        Path open = home.resolve("open");
        Files.createDirectories(open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        LoadedList loaded = new ListLoader(true)
                .withDaemon(open, Duration.ofMinutes(1), notices::add)
                .load(request("com.example.Split", "target/fallback"));
        assertThat(loaded.compiledBy()).isEqualTo(LoadedList.Classes.JAVAC);
        assertThat(titles(loaded)).containsExactly("Maven", "Gradle");
        assertThat(notices)
                .singleElement()
                .asString()
                .contains(
                        "was not used (" + open + " is open to other users (rwxr-xr-x); make it private with chmod 700")
                .endsWith("javac runs in a JVM of its own for this build.");
        try (var left = Files.list(open)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aSocketPathTooLongForTheSystemFallsBackToAOneShotJvm() throws Exception {
        twoPartList("Maven");
        Path deep = home.resolve("d".repeat(JavacDaemon.MAX_SOCKET_PATH));
        LoadedList loaded = new ListLoader(true)
                .withDaemon(deep, Duration.ofMinutes(1), notices::add)
                .load(request("com.example.Split", "target/awesome"));
        assertThat(titles(loaded)).containsExactly("Maven", "Gradle");
        assertThat(notices)
                .singleElement()
                .asString()
                .contains("a Unix domain socket allows; point awesome.javacDaemonDirectory at a shorter path");
    }

    @Test
    void aSocketLeftByADaemonThatDiedIsReplaced() throws Exception {
        twoPartList("Maven");
        Path socket = JavacDaemon.socket(daemons());
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket)); // closing leaves the file: nothing listens there
        }
        assertThat(socket).exists();
        LoadedList loaded = loader(Duration.ofMinutes(1)).load(request("com.example.Split", "target/awesome"));
        assertThat(titles(loaded)).containsExactly("Maven", "Gradle");
        assertThat(notices).isEmpty();
        assertThat(running()).hasSize(1);
    }

    @Test
    void twoBuildsStartingAtOnceShareOneDaemon() throws Exception {
        twoPartList("Maven");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var left =
                    pool.submit(() -> loader(Duration.ofMinutes(1)).load(request("com.example.Split", "target/left")));
            var right =
                    pool.submit(() -> loader(Duration.ofMinutes(1)).load(request("com.example.Split", "target/right")));
            assertThat(titles(left.get())).containsExactly("Maven", "Gradle");
            assertThat(titles(right.get())).containsExactly("Maven", "Gradle");
        } finally {
            pool.shutdown();
        }
        assertThat(notices).isEmpty();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (running().size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(50); // the one that lost the lock is ending
        }
        assertThat(running()).hasSize(1);
    }

    @Test
    void anIdleDaemonEndsByItselfAndTakesItsSocketAlong() throws Exception {
        ProcessHandle daemon = theDaemonOfOneLoad(Duration.ofSeconds(1));
        daemon.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(JavacDaemon.socket(daemons())).doesNotExist();
    }

    @Test
    void aDeletedSocketEndsItsDaemon() throws Exception {
        ProcessHandle daemon = theDaemonOfOneLoad(Duration.ofMinutes(1));
        Files.delete(JavacDaemon.socket(daemons()));
        daemon.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Loads a two-part list with daemons idle for {@code idle}: the one daemon that compiled it. */
    private ProcessHandle theDaemonOfOneLoad(Duration idle) throws Exception {
        twoPartList("Maven");
        loader(idle).load(request("com.example.Split", "target/awesome"));
        List<ProcessHandle> started = running();
        assertThat(started).hasSize(1);
        return started.get(0);
    }
}
