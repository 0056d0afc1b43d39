package io.github.awesomedsl.maven.load;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac run that records, for each source it compiles, the API of its classes ({@link ApiSignature})
 * and their class files: in this JVM, or in a JVM of its own ({@link #forked}).
 *
 * <p>Why fork: Maven's JVM is tuned for long runs (tiered compilation up to C2, a parallel collector), and
 * javac in it, cold, spends much of its time interpreting and queueing C2 compilations that never pay off
 * on two cores. A JVM started for the compile with C1 only and the serial collector compiles the same
 * sources in about two thirds of the time, start-up included (docs/PERFORMANCE.md); the class files are
 * the same, byte for byte (tested).
 */
final class Javac {

    /** An error javac reported: its source file (absolute, or empty), line, column and message. */
    record Problem(String file, long line, long column, String message) {}

    /** The options of the forked JVM: a short compile, so C1 only, the serial collector, no perf data file. */
    static final List<String> FORK_JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto");

    private final List<Path> roots;
    private final Map<Path, String> keysByFile = new HashMap<>();
    private final Map<String, List<String>> apis = new LinkedHashMap<>();
    private final Map<String, List<String>> classFiles = new LinkedHashMap<>();
    private final List<Problem> errors = new ArrayList<>();
    private String output = "";
    private boolean succeeded;

    private Javac(List<Path> roots) {
        this.roots = roots;
    }

    /** Compiles {@code units} with {@code options} in this JVM. */
    static Javac inProcess(JavaCompiler compiler, List<Path> roots, List<Path> units, List<String> options)
            throws IOException {
        Javac javac = new Javac(roots);
        javac.run(compiler, units, options);
        return javac;
    }

    /**
     * Compiles {@code units} with {@code options} in a JVM of its own: the running JDK's {@code java} (so the
     * same javac as in process), with the plugin's own classes as its classpath; {@code scratch} is a folder
     * for the request, the answer and the JVM's output, which are deleted after it.
     *
     * @throws IOException when the JVM cannot be started or ends without an answer (with what it printed)
     */
    static Javac forked(List<Path> roots, List<Path> units, List<String> options, Path scratch)
            throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path request = scratch.resolve("javac-request.bin");
        Path answer = scratch.resolve("javac-answer.bin");
        Path log = scratch.resolve("javac-fork.log");
        try {
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(request)))) {
                writeRequest(out, roots, units, options);
            }
            Files.deleteIfExists(answer);
            List<String> command = javaCommand(FORK_JVM_OPTIONS, Javac.class, request.toString(), answer.toString());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            int exit;
            try {
                exit = process.waitFor();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                throw e;
            }
            if (exit != 0 || !Files.isRegularFile(answer)) {
                String printed =
                        Files.isRegularFile(log) ? Files.readString(log).strip() : "";
                throw new IOException("the forked javac JVM (" + command.get(0) + ") ended with exit code " + exit
                        + " and no answer" + (printed.isEmpty() ? "" : ":\n" + printed));
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(answer)))) {
                return readAnswer(in, roots);
            }
        } finally {
            Files.deleteIfExists(request);
            Files.deleteIfExists(answer);
            Files.deleteIfExists(log);
        }
    }

    /** The forked JVM's entry point: {@code Javac <request> <answer>}. */
    public static void main(String[] args) throws IOException {
        Javac javac;
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(Path.of(args[0]))))) {
            javac = compileRequest(in);
        }
        Path answer = Path.of(args[1]);
        Path partial = answer.resolveSibling(answer.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            javac.writeAnswer(out);
        }
        Files.move(partial, answer); // the parent reads an answer only when it is whole
    }

    /** A compile request: the roots, the units and the options, as {@link #compileRequest} reads them. */
    static void writeRequest(DataOutputStream out, List<Path> roots, List<Path> units, List<String> options)
            throws IOException {
        writePaths(out, roots);
        writePaths(out, units);
        out.writeInt(options.size());
        for (String option : options) {
            writeString(out, option);
        }
    }

    /** Reads a request ({@link #writeRequest}) and compiles it with this JVM's javac. */
    static Javac compileRequest(DataInputStream in) throws IOException {
        List<Path> roots = readPaths(in);
        List<Path> units = readPaths(in);
        int count = in.readInt();
        List<String> options = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            options.add(readString(in));
        }
        return inProcess(ToolProvider.getSystemJavaCompiler(), roots, units, options);
    }

    /** An answer ({@link #writeAnswer}) to a request that named {@code roots}. */
    static Javac readAnswer(DataInputStream in, List<Path> roots) throws IOException {
        Javac javac = new Javac(roots);
        javac.read(in);
        return javac;
    }

    private void run(JavaCompiler compiler, List<Path> units, List<String> options) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter printed = new StringWriter();
        try (StandardJavaFileManager standard =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(
                        Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
                        throws IOException {
                    String key = sibling == null ? null : key(sibling);
                    if (key != null && kind == JavaFileObject.Kind.CLASS) {
                        classFiles
                                .computeIfAbsent(key, k -> new ArrayList<>())
                                .add(className.replace('.', '/') + ".class");
                    }
                    return super.getJavaFileForOutput(location, className, kind, sibling);
                }
            };
            JavacTask task = (JavacTask) compiler.getTask(
                    printed, files, diagnostics, options, null, standard.getJavaFileObjectsFromPaths(units));
            task.addTaskListener(new TaskListener() {
                @Override
                public void started(TaskEvent event) {
                    if (event.getKind() == TaskEvent.Kind.GENERATE && event.getSourceFile() != null) {
                        String key = key(event.getSourceFile());
                        if (key != null) {
                            apis.computeIfAbsent(key, k -> new ArrayList<>())
                                    .add(ApiSignature.of(event.getTypeElement()));
                        }
                    }
                }
            });
            succeeded = Boolean.TRUE.equals(task.call());
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = "";
                if (d.getSource() != null) {
                    try {
                        file = Path.of(d.getSource().toUri()).toString();
                    } catch (RuntimeException e) {
                        file = d.getSource().getName();
                    }
                }
                errors.add(new Problem(file, d.getLineNumber(), d.getColumnNumber(), d.getMessage(Locale.ROOT)));
            }
        }
        output = printed.toString();
    }

    /** Whether javac compiled everything without an error. */
    boolean succeeded() {
        return succeeded;
    }

    /** The errors, in javac's order. */
    List<Problem> errors() {
        return errors;
    }

    /** What javac printed besides its diagnostics. */
    String output() {
        return output;
    }

    /** The manifest key of a source javac read, or null for one outside the roots. */
    private String key(FileObject file) {
        Path path;
        try {
            path = Path.of(file.toUri()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
        return keysByFile.computeIfAbsent(path, p -> {
            for (int r = 0; r < roots.size(); r++) {
                Path root = roots.get(r).toAbsolutePath().normalize();
                if (p.startsWith(root)) {
                    try {
                        return CompileManifest.key(r, root.relativize(p));
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
            return null;
        });
    }

    Set<String> compiledKeys() {
        return apis.keySet();
    }

    /** What this run made of the source {@code key}: its API's digest and class files, if it compiled it. */
    CompileManifest.Source compiled(String key, String content) {
        List<String> api = apis.get(key);
        if (api == null) {
            return new CompileManifest.Source(content, Optional.empty(), List.of());
        }
        List<String> sorted = api.stream().sorted().toList();
        List<String> files =
                classFiles.getOrDefault(key, List.of()).stream().sorted().toList();
        return new CompileManifest.Source(
                content, Optional.of(CompileManifest.digest(String.join("\u0000", sorted))), files);
    }

    /** This run's answer: whether it succeeded, its errors and output, the APIs and class files per source. */
    void writeAnswer(DataOutputStream out) throws IOException {
        out.writeBoolean(succeeded);
        writeString(out, output);
        out.writeInt(errors.size());
        for (Problem problem : errors) {
            writeString(out, problem.file());
            out.writeLong(problem.line());
            out.writeLong(problem.column());
            writeString(out, problem.message());
        }
        writeLists(out, apis);
        writeLists(out, classFiles);
    }

    private void read(DataInputStream in) throws IOException {
        succeeded = in.readBoolean();
        output = readString(in);
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            errors.add(new Problem(readString(in), in.readLong(), in.readLong(), readString(in)));
        }
        readLists(in, apis);
        readLists(in, classFiles);
    }

    private static void writeLists(DataOutputStream out, Map<String, List<String>> lists) throws IOException {
        out.writeInt(lists.size());
        for (Map.Entry<String, List<String>> entry : lists.entrySet()) {
            writeString(out, entry.getKey());
            out.writeInt(entry.getValue().size());
            for (String value : entry.getValue()) {
                writeString(out, value);
            }
        }
    }

    private static void readLists(DataInputStream in, Map<String, List<String>> lists) throws IOException {
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String key = readString(in);
            int size = in.readInt();
            List<String> values = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                values.add(readString(in));
            }
            lists.put(key, values);
        }
    }

    private static void writePaths(DataOutputStream out, List<Path> paths) throws IOException {
        out.writeInt(paths.size());
        for (Path path : paths) {
            writeString(out, path.toAbsolutePath().toString());
        }
    }

    private static List<Path> readPaths(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Path> paths = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            paths.add(Path.of(readString(in)));
        }
        return paths;
    }

    /** A string of any length (DataOutput's writeUTF stops at 64 KB, and an API signature may be longer). */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The command that runs {@code main} of the plugin's classes with {@code arguments} in a JVM of its own:
     * the running JDK's {@code java} with {@code jvmOptions}.
     */
    static List<String> javaCommand(List<String> jvmOptions, Class<?> main, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(ownClasses().toString());
        command.add(main.getName());
        command.addAll(List.of(arguments));
        return command;
    }

    /** The running JDK's {@code java}. */
    private static Path javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path windows = bin.resolve("java.exe");
        return Files.isRegularFile(windows) ? windows : bin.resolve("java");
    }

    /** Where this class was loaded from: the plugin's jar (or, in its own tests, its classes folder). */
    static Path ownClasses() throws IOException {
        try {
            return Path.of(Javac.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where the plugin's classes are (" + e + ")", e);
        }
    }
}
