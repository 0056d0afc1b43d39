package io.github.awesomedsl.maven.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A javac JVM that outlives the build. The first compile starts it; later compiles, of any list, by the
 * same user with the same JDK and the same plugin jar, are sent to it over a Unix domain socket; it ends by
 * itself after a time without work.
 *
 * <p>Why: a one-shot JVM spends about 300 ms starting and loading javac before it compiles anything, and
 * then compiles with a cold JIT. After one edited entry of a 10,000-entry list, that is 600 ms of javac;
 * the daemon, warm from the build before, compiles the edited class in about 100 ms
 * (docs/PERFORMANCE.md). Gradle, sbt and the Kotlin compiler keep daemons for the same reason.
 *
 * <p>What keeps it safe:
 *
 * <ul>
 *   <li>Its socket is in a folder only its owner can enter: the folder is created {@code rwx------}, and an
 *       existing one must belong to the user and be closed to others, or no daemon is used there. Only the
 *       user's own processes, which could run javac themselves, can reach it.
 *   <li>The JDK and the plugin jar are part of the socket's name: another JDK or a rebuilt plugin gets a
 *       daemon of its own. A daemon whose jar changed, or whose socket file was deleted, ends.
 *   <li>A daemon holds a lock file for its life, so that two builds starting one at the same moment end
 *       up with one.
 *   <li>It compiles one request at a time, with a new file manager each time, so no state of one compile
 *       reaches the next; a few seconds after each, it collects its garbage to give the memory back.
 *   <li>Whatever goes wrong in reaching or using it, {@link ListLoader} compiles in a one-shot JVM
 *       instead: a daemon can make a build faster, never break it.
 * </ul>
 */
final class JavacDaemon {

    /** Unix domain socket paths are limited to about 100 bytes (108 on Linux, 104 on macOS). */
    static final int MAX_SOCKET_PATH = 100;

    private static final int PROTOCOL = 1;
    private static final byte COMPILE = 1;
    private static final byte STOP = 2;
    private static final byte DONE = 0;
    private static final byte FAILED = 1;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    /** How long after a compile the daemon collects its garbage: once the build that asked has ended. */
    private static final Duration AFTER_A_COMPILE = Duration.ofSeconds(3);

    /**
     * The one-shot fork's options, and a heap that shrinks to what is live after each compile's collection:
     * an idle daemon should hold little memory.
     */
    static final List<String> JVM_OPTIONS = Stream.concat(
                    Javac.FORK_JVM_OPTIONS.stream(),
                    Stream.of("-Xms32m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20"))
            .toList();

    private static final Set<PosixFilePermission> OPEN_TO_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private JavacDaemon() {}

    /**
     * Compiles with the daemon for this JDK and plugin in {@code directory}, starting one (which ends after
     * {@code idle} without work) when none answers there.
     *
     * @throws IOException when no daemon can be used there (the message says why) or it failed the compile
     */
    static Javac compile(Path directory, Duration idle, List<Path> roots, List<Path> units, List<String> options)
            throws IOException, InterruptedException {
        Path socket = socket(directory);
        SocketChannel running = connect(socket);
        try (SocketChannel channel = running != null ? running : start(socket, idle)) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            out.writeInt(PROTOCOL);
            out.writeByte(COMPILE);
            Javac.writeRequest(out, roots, units, options);
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            if (in.readByte() != DONE) {
                throw new IOException("the javac daemon failed: " + in.readUTF());
            }
            return Javac.readAnswer(in, roots);
        }
    }

    /** Asks every daemon in {@code directory} to end; the number that answered. */
    static int stopAll(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        List<Path> sockets;
        try (Stream<Path> files = Files.list(directory)) {
            sockets = files.filter(f -> f.getFileName().toString().endsWith(".sock"))
                    .sorted()
                    .toList();
        }
        int stopped = 0;
        for (Path socket : sockets) {
            SocketChannel channel = connect(socket);
            if (channel == null) {
                continue;
            }
            try (channel) {
                DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
                out.writeInt(PROTOCOL);
                out.writeByte(STOP);
                out.flush();
                if (new DataInputStream(Channels.newInputStream(channel)).readByte() == DONE) {
                    stopped++;
                }
            } catch (IOException e) {
                // ended meanwhile
            }
        }
        return stopped;
    }

    /**
     * The socket of this JDK's and plugin's daemon in {@code directory}, which is made private to the user
     * when it does not exist.
     *
     * @throws IOException when the folder cannot be used for a daemon, saying why and how to fix it
     */
    static Path socket(Path directory) throws IOException {
        Path folder = privateFolder(directory.toAbsolutePath().normalize());
        Path socket = folder.resolve("javac-" + key() + ".sock");
        int length = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (length > MAX_SOCKET_PATH) {
            throw new IOException("its socket " + socket + " would be " + length + " bytes long, over the "
                    + MAX_SOCKET_PATH + " a Unix domain socket allows; point awesome.javacDaemonDirectory at a"
                    + " shorter path");
        }
        return socket;
    }

    private static Path privateFolder(Path folder) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            Path parent = folder.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                if (posix) {
                    Files.createDirectory(
                            folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(folder);
                }
            } catch (FileAlreadyExistsException e) {
                // made by another build meanwhile: checked below like any existing folder
            }
        }
        if (posix) {
            PosixFileAttributes attributes =
                    Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory()) {
                throw new IOException(folder + " is not a folder (a link or a file); point awesome.javacDaemonDirectory"
                        + " at a folder of your own");
            }
            String user = System.getProperty("user.name");
            if (!attributes.owner().getName().equals(user)) {
                throw new IOException(
                        folder + " belongs to " + attributes.owner().getName() + ", not to " + user
                                + "; point awesome.javacDaemonDirectory at a folder of your own");
            }
            Set<PosixFilePermission> permissions = attributes.permissions();
            if (permissions.stream().anyMatch(OPEN_TO_OTHERS::contains)) {
                throw new IOException(folder + " is open to other users (" + PosixFilePermissions.toString(permissions)
                        + "); make it private with chmod 700 " + folder);
            }
        }
        return folder;
    }

    /** The daemon's identity: the protocol, the JDK, and the plugin's classes (path, size, time). */
    static String key() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        Path classes = Javac.ownClasses();
        List<String> parts = new ArrayList<>(List.of(
                Integer.toString(PROTOCOL),
                System.getProperty("java.home"),
                Runtime.version().toString(),
                classes.toString()));
        // a jar, or in the plugin's own tests its classes folder, where the daemon's own class files stand for it
        List<Path> stamped = Files.isDirectory(classes)
                ? List.of(
                        classes.resolve(JavacDaemon.class.getName().replace('.', '/') + ".class"),
                        classes.resolve(Javac.class.getName().replace('.', '/') + ".class"))
                : List.of(classes);
        for (Path file : stamped) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            parts.add(attributes.size() + " " + attributes.lastModifiedTime().toMillis());
        }
        digest.update(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** A connection to the daemon at {@code socket}, or null when none listens there. */
    private static SocketChannel connect(Path socket) throws IOException {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            channel.close(); // a socket file left by a daemon that died: the next one replaces it
            return null;
        }
    }

    /**
     * Starts a daemon for {@code socket} and connects to it (or to the one another build started meanwhile).
     *
     * <p>Where there is a {@code /bin/sh}, the daemon is started in the background by a shell that ends at
     * once, so that it is no child of Maven's JVM: a JVM that ends keeps waiting up to 300 ms for its
     * threads in native code, and the thread that waits for a child process to end is one of them (a cold
     * build took that much longer with the daemon as its child). Without a shell it is a child.
     */
    private static SocketChannel start(Path socket, Duration idle) throws IOException, InterruptedException {
        Path log = socket.resolveSibling(socket.getFileName().toString().replace(".sock", ".log"));
        List<String> daemon =
                Javac.javaCommand(JVM_OPTIONS, JavacDaemon.class, socket.toString(), Long.toString(idle.toMillis()));
        ProcessHandle started;
        Path shell = Path.of("/bin/sh");
        if (Files.isExecutable(shell)) {
            List<String> command = new ArrayList<>(
                    List.of(shell.toString(), "-c", "log=$1; shift; \"$@\" </dev/null >\"$log\" 2>&1 & echo $!", "sh"));
            command.add(log.toString());
            command.addAll(daemon);
            Process launcher =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            launcher.getOutputStream().close();
            String printed = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            launcher.waitFor();
            try {
                started = ProcessHandle.of(Long.parseLong(printed)).orElse(null);
            } catch (NumberFormatException e) {
                throw new IOException("/bin/sh did not start it: " + printed, e);
            }
        } else {
            Process child = new ProcessBuilder(daemon)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            child.getOutputStream().close();
            started = child.toHandle();
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        long endedAt = 0;
        while (true) {
            SocketChannel channel = connect(socket);
            if (channel != null) {
                return channel;
            }
            long now = System.nanoTime();
            if (started == null || !started.isAlive()) {
                // one that ends at once found another daemon holding the lock, which is about to listen
                if (endedAt == 0) {
                    endedAt = now;
                } else if (now - endedAt > Duration.ofSeconds(5).toNanos()) {
                    String printed =
                            Files.isRegularFile(log) ? Files.readString(log).strip() : "";
                    throw new IOException("it ended as it started" + (printed.isEmpty() ? "" : ": " + printed));
                }
            }
            if (now > deadline) {
                if (started != null) {
                    started.destroy();
                }
                throw new IOException("it did not listen on " + socket + " within " + START_TIMEOUT.toSeconds()
                        + " s (its log: " + log + ")");
            }
            Thread.sleep(5);
        }
    }

    /**
     * The daemon: {@code JavacDaemon <socket> <idle milliseconds>}, or {@code JavacDaemon --stop <folder>}
     * to end the daemons in a folder.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--stop")) {
            System.out.println("stopped " + stopAll(Path.of(args[1])) + " javac daemon(s) in " + args[1]);
            return;
        }
        Path socket = Path.of(args[0]);
        long idleNanos = Duration.ofMillis(Long.parseLong(args[1])).toNanos();
        String key = key();
        Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
        try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = lock.tryLock();
            if (held == null) {
                return; // another daemon serves this JDK and plugin
            }
            Files.deleteIfExists(socket); // left by a daemon that died
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                serve(server, socket, idleNanos, key);
            } finally {
                Files.deleteIfExists(socket);
            }
        }
    }

    private static void serve(ServerSocketChannel server, Path socket, long idleNanos, String key) {
        AtomicLong lastUse = new AtomicLong(System.nanoTime());
        AtomicBoolean busy = new AtomicBoolean();
        AtomicBoolean collected = new AtomicBoolean(true);
        Thread watchdog = new Thread(
                () -> {
                    while (server.isOpen()) {
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException e) {
                            return;
                        }
                        long quiet = busy.get() ? 0 : System.nanoTime() - lastUse.get();
                        if (quiet > AFTER_A_COMPILE.toNanos() && collected.compareAndSet(false, true)) {
                            // the compile's garbage goes, and the serial collector gives the heap back; not at
                            // once, when the build that asked is still finishing on the same cores (a full
                            // collection then held its JVM's exit up by some 300 ms)
                            System.gc();
                        }
                        boolean idle = quiet > idleNanos;
                        if (idle || !Files.exists(socket, LinkOption.NOFOLLOW_LINKS) || !key.equals(keyOrNone())) {
                            try {
                                server.close();
                            } catch (IOException e) {
                                return;
                            }
                        }
                    }
                },
                "javac daemon watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        boolean stop = false;
        while (!stop) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return; // idle for too long, or its socket or plugin is gone
            } catch (IOException e) {
                System.err.println("javac daemon: " + e);
                return;
            }
            busy.set(true);
            try (client) {
                stop = answer(client);
            } catch (IOException e) {
                System.err.println("javac daemon: a build went away: " + e);
            } finally {
                lastUse.set(System.nanoTime());
                collected.set(false);
                busy.set(false);
            }
        }
    }

    /** Answers one connection; whether the daemon is to end. */
    private static boolean answer(SocketChannel client) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
        int protocol = in.readInt();
        byte kind = in.readByte();
        if (protocol != PROTOCOL || (kind != COMPILE && kind != STOP)) {
            out.writeByte(FAILED);
            out.writeUTF("unknown request " + protocol + "/" + kind);
            out.flush();
            return false;
        }
        if (kind == STOP) {
            out.writeByte(DONE);
            out.flush();
            return true;
        }
        Javac javac;
        try {
            javac = Javac.compileRequest(in);
        } catch (RuntimeException | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            out.writeByte(FAILED);
            String text = trace.toString();
            out.writeUTF(text.length() > 16_000 ? text.substring(0, 16_000) : text);
            out.flush();
            return e instanceof Error; // after an Error (out of memory) this JVM is not to be trusted
        }
        out.writeByte(DONE);
        javac.writeAnswer(out);
        out.flush();
        return false;
    }

    private static String keyOrNone() {
        try {
            return key();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
