package io.github.awesomedsl.maven.load;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.ModelException;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a list class (in a {@link JavacDaemon}, a JVM started for the compile, or Maven's own) and runs
 * its {@code define()}.
 *
 * <p>Only the list class is compiled (plus what it references, found through {@code -sourcepath}),
 * against the project's compile classpath, into a folder of the loader's own: the rest of the project
 * need not compile yet, and nothing lands in {@code target/classes}. When the module's sources, the
 * classpath and the options are those of the last compilation ({@link CompileFingerprint}), the
 * classes of that compilation are reused: javac is most of the loading time. When the project's own
 * {@code target/classes} is up to date with every source (the build or the IDE compiled them after the
 * last edit), the list is loaded from there and javac does not run either. The class is loaded by a class
 * loader whose parent is the loader of {@link AwesomeListSource} (the plugin's realm), so that the cast
 * to {@code AwesomeListSource} works and the model classes are shared with the plugin.
 */
public final class ListLoader {

    private final JavaCompiler compiler;
    private final boolean fork;
    private final Daemon daemon;

    /**
     * Where the javac daemon's socket lives, how long it waits for work, who hears why it was not used (the
     * compile then runs in a one-shot JVM), and whether it failed already, so that a build says so once.
     */
    private record Daemon(Path directory, Duration idle, Consumer<String> notices, AtomicBoolean failed) {}

    /** A loader that compiles in a JVM of its own ({@link Javac#forked}). */
    public ListLoader() {
        this(true);
    }

    /** A loader that compiles in a JVM of its own, or, with {@code fork} false, in this one. */
    public ListLoader(boolean fork) {
        this(ToolProvider.getSystemJavaCompiler(), fork);
    }

    /** With a given compiler; {@code null} stands for "Maven runs on a JRE". */
    ListLoader(JavaCompiler compiler) {
        this(compiler, true);
    }

    private ListLoader(JavaCompiler compiler, boolean fork) {
        this(compiler, fork, null);
    }

    private ListLoader(JavaCompiler compiler, boolean fork, Daemon daemon) {
        this.compiler = compiler;
        this.fork = fork;
        this.daemon = daemon;
    }

    /**
     * This loader, compiling (when it forks) with a {@link JavacDaemon} whose socket is in {@code directory},
     * started when none runs and ending after {@code idle} without work. When no daemon can be used, the
     * compile runs in a one-shot JVM, and {@code notices} hears why.
     */
    public ListLoader withDaemon(Path directory, Duration idle, Consumer<String> notices) {
        return new ListLoader(compiler, fork, new Daemon(directory, idle, notices, new AtomicBoolean()));
    }

    /**
     * One javac run, forked or not, its time added to {@code spent[0]} (nanoseconds); a fork that cannot
     * start or answer is an IOException.
     */
    private Javac javac(List<Path> roots, List<Path> units, List<String> options, Path workDirectory, long[] spent)
            throws IOException {
        long start = System.nanoTime();
        try {
            return javac(roots, units, options, workDirectory);
        } finally {
            spent[0] += System.nanoTime() - start;
        }
    }

    private Javac javac(List<Path> roots, List<Path> units, List<String> options, Path workDirectory)
            throws IOException {
        if (!fork) {
            return Javac.inProcess(compiler, roots, units, options);
        }
        try {
            if (daemon != null && !daemon.failed().get()) {
                try {
                    return JavacDaemon.compile(daemon.directory(), daemon.idle(), roots, units, options);
                } catch (IOException e) {
                    daemon.failed().set(true);
                    daemon.notices()
                            .accept("The javac daemon in " + daemon.directory() + " was not used (" + e.getMessage()
                                    + "); javac runs in a JVM of its own for this build.");
                }
            }
            return Javac.forked(roots, units, options, workDirectory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while javac ran", e);
        }
    }

    /** Compiles, loads and runs the list class; every failure says how to fix it. */
    public LoadedList load(LoadRequest request) throws ListLoadException {
        String name = request.listClass().strip();
        if (name.isEmpty()) {
            throw new ListLoadException("No list class is configured. Tell the plugin which class declares the list:\n"
                    + "  <configuration><listClass>com.example.MyAwesomeList</listClass></configuration>\n"
                    + "(or -Dawesome.listClass=com.example.MyAwesomeList on the command line).");
        }
        if (!SourceVersion.isName(name)) {
            throw new ListLoadException("listClass \"" + name
                    + "\" is not a fully qualified Java class name (e.g. com.example.MyAwesomeList).");
        }
        Path source = findSource(name, request.sourceRoots(), request.baseDirectory());
        long start = System.nanoTime();
        Optional<Path> projectClasses =
                request.projectClasses().filter(dir -> upToDate(dir, name, request.sourceRoots()));
        if (projectClasses.isPresent()) {
            try {
                AwesomeList list = define(name, projectClasses.get(), request);
                return new LoadedList(
                        list, source, 0, (System.nanoTime() - start) / 1_000_000, LoadedList.Classes.PROJECT);
            } catch (ListLoadException e) {
                if (!(e.getCause() instanceof LinkageError)) {
                    throw e; // define() itself failed: compiling would not change that
                }
                // compiled by another JDK or against other libraries than the ones now on the classpath: compile
            }
        }
        long[] javacNanos = {0};
        LoadedList.Classes classes = compile(source, request, javacNanos);
        long compiledAt = System.nanoTime();
        AwesomeList list = define(name, request.workDirectory().resolve("classes"), request);
        long definedAt = System.nanoTime();
        // javac's time alone (its JVM's start included): the fingerprint, digests and manifest are the plugin's
        return new LoadedList(list, source, javacNanos[0] / 1_000_000, (definedAt - compiledAt) / 1_000_000, classes);
    }

    /**
     * Whether {@code classes} holds the list class and, for every source under the roots, a class file at
     * least as new as the source: the project's build (or the IDE) compiled all of them after their last
     * change. A source without a class of its name there (a file whose classes are named otherwise) counts
     * as not compiled.
     */
    static boolean upToDate(Path classes, String listClass, List<Path> sourceRoots) {
        if (!Files.isRegularFile(classes.resolve(listClass.replace('.', File.separatorChar) + ".class"))) {
            return false;
        }
        try {
            for (Path root : sourceRoots) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path java :
                            (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                        String file = java.getFileName().toString();
                        if (file.equals("package-info.java") || file.equals("module-info.java")) {
                            continue;
                        }
                        String relative = root.relativize(java).toString();
                        Path classFile =
                                classes.resolve(relative.substring(0, relative.length() - ".java".length()) + ".class");
                        if (!Files.isRegularFile(classFile)
                                || Files.getLastModifiedTime(classFile).compareTo(Files.getLastModifiedTime(java))
                                        < 0) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static Path findSource(String name, List<Path> roots, Path base) throws ListLoadException {
        String relative = name.replace('.', File.separatorChar) + ".java";
        for (Path root : roots) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        String looked = roots.stream()
                .map(r -> "  " + relativize(base, r.resolve(relative)))
                .collect(Collectors.joining("\n"));
        throw new ListLoadException(
                "List class " + name + " not found. Looked for:\n" + (looked.isEmpty() ? "  (no source roots)" : looked)
                        + "\nCheck <listClass>: it is the fully qualified name of the class that implements"
                        + " io.github.awesomedsl.dsl.AwesomeListSource, in this module's src/main/java.");
    }

    /**
     * Compiles into the work directory, or finds there the classes javac would write again. After an edit,
     * only the edited sources are compiled, against the classes of the last compilation, as long as their
     * API (what other classes compile against) stays the same and no source file was added or removed;
     * otherwise, or when in doubt, everything is compiled again.
     */
    private LoadedList.Classes compile(Path source, LoadRequest request, long[] javacNanos) throws ListLoadException {
        if (compiler == null) {
            throw new ListLoadException("Maven is running on a Java runtime without a compiler (java.home="
                    + System.getProperty("java.home")
                    + "). awesome-dsl compiles the list class itself: run Maven with a JDK 17 or newer"
                    + " (point JAVA_HOME at a JDK).");
        }
        Path out = request.workDirectory().resolve("classes");
        Path stamp = request.workDirectory().resolve("classes.fingerprint");
        Path manifestFile = request.workDirectory().resolve("classes.manifest");
        List<String> options = options(out, request, request.classpath());
        String fingerprint;
        Map<String, String> contents;
        String setup;
        try {
            // each source is read and digested once, for the fingerprint and the manifest both
            setup = CompileFingerprint.setup(options, request.classpath());
            contents = contentsOrNull(request.sourceRoots());
            fingerprint = CompileFingerprint.of(setup, request.sourceRoots(), contents);
            if (Files.isDirectory(out)
                    && Files.exists(stamp)
                    && Files.readString(stamp).equals(fingerprint)) {
                return LoadedList.Classes
                        .LAST_COMPILATION; // same sources, classpath and options: javac would write the same classes
            }
            Optional<CompileManifest> last = Files.isDirectory(out) && contents != null
                    ? CompileManifest.read(manifestFile).filter(m -> m.setup().equals(setup))
                    : Optional.empty();
            if (last.isPresent()) {
                CompileManifest.Changes changes = last.get().changes(contents);
                if (!changes.structural() && changes.edited().isEmpty()) {
                    // only sources the list does not use changed: the last compilation stands
                    new CompileManifest(setup, unchanged(last.get(), contents)).write(manifestFile);
                    Files.writeString(stamp, fingerprint);
                    return LoadedList.Classes.LAST_COMPILATION;
                }
                if (!changes.structural()) {
                    // no stamp while the classes are being changed: an interrupted run cannot be taken for done
                    Files.deleteIfExists(stamp);
                    Optional<CompileManifest> next =
                            incremental(changes.edited(), last.get(), contents, request, out, javacNanos);
                    if (next.isPresent()) {
                        next.get().write(manifestFile);
                        Files.writeString(stamp, fingerprint);
                        return LoadedList.Classes.INCREMENTAL;
                    }
                }
            }
            Files.deleteIfExists(stamp);
            Files.deleteIfExists(manifestFile);
            deleteRecursively(out);
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ListLoadException("Cannot prepare " + out + " for the compiled list class: " + e.getMessage(), e);
        }

        Javac javac;
        try {
            javac = javac(request.sourceRoots(), List.of(source), options, request.workDirectory(), javacNanos);
        } catch (IOException | RuntimeException e) {
            throw new ListLoadException(
                    "javac failed on " + relativize(request.baseDirectory(), source) + ": "
                            + (e instanceof IOException ? e.getMessage() : e.toString())
                            + (fork ? "\nRun with -Dawesome.forkJavac=false to compile in Maven's own JVM." : ""),
                    e);
        }
        if (!javac.succeeded()) {
            StringBuilder message = new StringBuilder("The list class does not compile:\n");
            for (Javac.Problem problem : javac.errors()) {
                String file = problem.file().isEmpty()
                        ? ""
                        : relativize(request.baseDirectory(), Path.of(problem.file())) + ":";
                message.append("  ")
                        .append(file)
                        .append("[")
                        .append(problem.line())
                        .append(',')
                        .append(problem.column())
                        .append("] ")
                        .append(problem.message().replace("\n", "\n    "))
                        .append('\n');
            }
            message.append(javac.output()).append("Fix these errors in the list's source and run the build again.");
            throw new ListLoadException(message.toString());
        }
        try {
            if (contents != null) {
                Map<String, CompileManifest.Source> sources = new LinkedHashMap<>();
                contents.forEach((key, content) -> sources.put(key, javac.compiled(key, content)));
                new CompileManifest(setup, sources).write(manifestFile);
            }
            Files.writeString(stamp, fingerprint);
        } catch (IOException e) {
            throw new ListLoadException("Cannot write " + stamp + ": " + e.getMessage(), e);
        }
        return LoadedList.Classes.JAVAC;
    }

    private static List<String> options(Path out, LoadRequest request, List<Path> classpath) {
        List<String> options = new ArrayList<>();
        options.addAll(List.of(
                "-d",
                out.toAbsolutePath().toString(),
                "-encoding",
                "UTF-8",
                "-proc:none",
                "-implicit:class",
                "-g:source,lines"));
        options.addAll(List.of("-sourcepath", join(request.sourceRoots())));
        options.addAll(List.of("-classpath", join(classpath)));
        request.release().filter(r -> !r.isBlank()).map(String::strip).ifPresent(release -> {
            if (release.equals(Integer.toString(Runtime.version().feature()))) {
                // the running JDK's own version: its modules are that release's API, and javac reads them faster
                // than the compressed table of past releases --release reads (about 15% of a cold compile)
                options.addAll(List.of("-source", release, "-target", release));
            } else {
                options.addAll(List.of("--release", release));
            }
        });
        return options;
    }

    /** The sources' digests, or null when a path cannot be kept in a manifest (then every compile is full). */
    private static Map<String, String> contentsOrNull(List<Path> roots) throws IOException {
        try {
            return CompileManifest.contents(roots);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The last compilation's record of each source, with the contents of now (none of them compiled). */
    private static Map<String, CompileManifest.Source> unchanged(CompileManifest last, Map<String, String> contents) {
        Map<String, CompileManifest.Source> sources = new LinkedHashMap<>();
        contents.forEach((key, content) -> {
            CompileManifest.Source before = last.sources().get(key);
            sources.put(key, new CompileManifest.Source(content, before.api(), before.classFiles()));
        });
        return sources;
    }

    /**
     * Compiles the {@code edited} sources against the last compilation's classes, having removed the
     * classes they gave; the next manifest, or empty when a full compilation is needed: javac failed
     * (the full one reports the errors), or a compiled class's API changed, so that its users may need
     * compiling too.
     */
    private Optional<CompileManifest> incremental(
            List<String> edited,
            CompileManifest last,
            Map<String, String> contents,
            LoadRequest request,
            Path out,
            long[] javacNanos)
            throws IOException {
        for (String key : edited) {
            for (String classFile : last.sources().get(key).classFiles()) {
                Files.deleteIfExists(out.resolve(classFile));
            }
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(out);
        classpath.addAll(request.classpath());
        List<Path> units = edited.stream()
                .map(key -> CompileManifest.file(key, request.sourceRoots()))
                .toList();
        Javac javac;
        try {
            javac = javac(
                    request.sourceRoots(),
                    units,
                    options(out, request, classpath),
                    request.workDirectory(),
                    javacNanos);
            if (!javac.succeeded()) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the full compile that follows reports what is wrong
        }
        Map<String, CompileManifest.Source> sources = new LinkedHashMap<>();
        for (Map.Entry<String, String> now : contents.entrySet()) {
            String key = now.getKey();
            CompileManifest.Source before = last.sources().get(key);
            if (javac.compiledKeys().contains(key)) {
                CompileManifest.Source after = javac.compiled(key, now.getValue());
                if (before.compiled() && !before.api().equals(after.api())) {
                    return Optional.empty();
                }
                sources.put(key, after);
            } else {
                sources.put(key, new CompileManifest.Source(now.getValue(), before.api(), before.classFiles()));
            }
        }
        return Optional.of(new CompileManifest(last.setup(), sources));
    }

    private static AwesomeList define(String name, Path classes, LoadRequest request) throws ListLoadException {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            for (Path entry : request.classpath()) {
                urls.add(entry.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new ListLoadException("Bad classpath entry: " + e.getMessage(), e);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), AwesomeListSource.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            Class<?> type = Class.forName(name, true, loader);
            if (!AwesomeListSource.class.isAssignableFrom(type)) {
                throw new ListLoadException(
                        name + " does not implement io.github.awesomedsl.dsl.AwesomeListSource. Declare it as\n"
                                + "  public final class " + type.getSimpleName()
                                + " implements AwesomeListSource { … AwesomeList define() … }");
            }
            if (Modifier.isAbstract(type.getModifiers())) {
                throw new ListLoadException(
                        name + " is abstract or an interface; the list class must be a concrete class.");
            }
            Constructor<?> constructor;
            try {
                constructor = type.getConstructor();
            } catch (NoSuchMethodException e) {
                throw new ListLoadException(
                        name + " needs a public constructor without parameters (the plugin creates it with one).", e);
            }
            AwesomeListSource source = (AwesomeListSource) constructor.newInstance();
            AwesomeList list = source.define();
            if (list == null) {
                throw new ListLoadException(
                        name + ".define() returned null; return the list, ending the chain with .build().");
            }
            return list;
        } catch (ModelException e) {
            throw new ListLoadException("The list is malformed: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw failure(name + "'s constructor", e.getCause(), classes);
        } catch (ExceptionInInitializerError e) {
            throw failure("The static initialiser of " + name, e.getCause(), classes);
        } catch (ListLoadException e) {
            throw e;
        } catch (LinkageError | ReflectiveOperationException e) {
            throw new ListLoadException("Cannot load " + name + ": " + e, e);
        } catch (RuntimeException e) {
            throw failure(name + ".define()", e, classes);
        } catch (IOException e) {
            throw new ListLoadException("Cannot close the list's class loader: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** "X.define() threw IllegalStateException: boom, at MyList.java:[12]" */
    private static ListLoadException failure(String what, Throwable thrown, Path classes) {
        if (thrown instanceof ModelException model) {
            return new ListLoadException("The list is malformed: " + model.getMessage(), model);
        }
        StringBuilder message = new StringBuilder(what).append(" threw ").append(thrown);
        for (StackTraceElement frame : thrown.getStackTrace()) {
            // the first frame in the list's own classes (a class file in the folder it was loaded from)
            if (frame.getLineNumber() > 0
                    && Files.isRegularFile(
                            classes.resolve(frame.getClassName().replace('.', File.separatorChar) + ".class"))) {
                message.append("\n  at ")
                        .append(frame.getFileName())
                        .append(":[")
                        .append(frame.getLineNumber())
                        .append("] (")
                        .append(frame.getClassName())
                        .append('.')
                        .append(frame.getMethodName())
                        .append(')');
                break;
            }
        }
        message.append("\nFix the list's code at that line; run with -e for the whole stack trace.");
        return new ListLoadException(message.toString(), thrown);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String join(List<Path> paths) {
        // absolute: a javac daemon's working folder is not the build's
        return paths.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    private static String relativize(Path base, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
