package io.github.awesomedsl.maven.output.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.awesomedsl.dsl.Awesome;
import io.github.awesomedsl.dsl.AwesomeDsl;
import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Block;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.LinkKind;
import io.github.awesomedsl.model.Paragraph;
import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.TextItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes a list as DSL source: the class {@code awesome:import} produces from a README. One method per
 * section, written as the fluent chain a person would write ({@code section("Tools").intro(…).items(
 * entry(…)…, …)}), parents before children, lines within 120 columns (long strings are split into a
 * concatenation); a section of more than {@value #CHUNK} items gets helper methods, so no method grows
 * past the JVM's limit. The result is ordinary, editable code.
 *
 * <p>The README is untrusted: its text reaches the source only as string literals and escaped javadoc
 * ({@link JavaText}), and a section's method name never shadows a DSL method or one of {@code Object}'s.
 */
public final class ListSourceGenerator {

    static final int CHUNK = 400;
    /** Calls per fluent chain: javac walks a chain as a tree as deep as the chain is long. */
    static final int CHAIN = 200;
    /** An item's calls stay on one line up to this length, beside the indentation. */
    private static final int ONE_LINE = 80;
    /** Longest string literal on one line, quotes included. */
    private static final int LITERAL = 72;

    private static final ClassName SECTION_BUILDER = ClassName.get(Section.Builder.class);
    private static final ClassName TABLE_BUILDER = ClassName.get(io.github.awesomedsl.model.Table.Builder.class);

    private final ClassName type;
    private final List<MethodSpec> methods = new ArrayList<>();
    private final java.util.Set<String> methodNames = new java.util.HashSet<>();
    /** Per base name, the next number to try: 100,000 sections of one title must not retry 2, 3, … each time. */
    private final java.util.Map<String, Integer> nextNumber = new java.util.HashMap<>();

    /**
     * Names a section method may not take: the statically imported DSL methods it would shadow (a method
     * {@code section()} hides {@code AwesomeDsl.section(String)}), and {@code Object}'s, which a static
     * method may not hide.
     */
    private static final java.util.Set<String> TAKEN = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(AwesomeDsl.class.getMethods()),
                    java.util.Arrays.stream(Object.class.getMethods()))
            .map(java.lang.reflect.Method::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    public ListSourceGenerator(String packageName, String simpleName) {
        this.type = ClassName.get(packageName, simpleName);
    }

    public JavaFile generate(AwesomeList list, String origin) {
        methods.clear();
        methodNames.clear();
        nextNumber.clear();
        methodNames.add("define");
        methodNames.addAll(TAKEN);
        List<CodeBlock> calls = new ArrayList<>();
        for (Badge badge : list.badges()) {
            calls.add(CodeBlock.of(
                    ".badge($L)",
                    badge.equals(Badge.AWESOME)
                            ? CodeBlock.of("$T.AWESOME", Badge.class)
                            : CodeBlock.of(
                                    "$T.of($L, $L, $L)",
                                    Badge.class,
                                    literal(badge.altText()),
                                    literal(badge.imageUrl()),
                                    literal(badge.targetUrl()))));
        }
        list.homepage().ifPresent(url -> calls.add(0, CodeBlock.of(".homepage($L)", literal(url))));
        for (Paragraph paragraph : list.description()) {
            calls.add(CodeBlock.of(".description($L)", inlines(paragraph)));
        }
        for (Section section : list.sections()) {
            calls.add(CodeBlock.of(".section($N())", section(section)));
        }
        for (Paragraph paragraph : list.contributing()) {
            calls.add(CodeBlock.of(".contributing($L)", inlines(paragraph)));
        }
        for (Paragraph paragraph : list.license()) {
            calls.add(CodeBlock.of(".license($L)", inlines(paragraph)));
        }
        MethodSpec.Builder define = MethodSpec.methodBuilder("define")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(AwesomeList.class);
        CodeBlock head = CodeBlock.of("list($L)", literal(list.title()));
        if (calls.size() <= CHAIN) {
            calls.add(CodeBlock.of(".build()"));
            define.addCode(chain("return ", head, calls));
        } else {
            // a chain of thousands of calls is a tree javac recurses into: statements of CHAIN calls each
            define.addCode(chain("$T list = ", head, calls.subList(0, CHAIN), AwesomeList.Builder.class));
            for (int from = CHAIN; from < calls.size(); from += CHAIN) {
                define.addCode(
                        chain("", CodeBlock.of("list"), calls.subList(from, Math.min(calls.size(), from + CHAIN))));
            }
            define.addStatement("return list.build()");
        }
        TypeSpec source = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Awesome.class)
                .addSuperinterface(AwesomeListSource.class)
                .addJavadoc(
                        "\"$L\", imported by awesome:import from $L.\n",
                        JavaText.javadoc(list.title()),
                        JavaText.javadoc(origin))
                .addJavadoc("\n<p>This class is now the list's source: edit it, and the build renders the README.\n")
                .addMethod(define.build())
                .addMethods(methods)
                .build();
        return JavaFile.builder(type.packageName(), source)
                .addStaticImport(AwesomeDsl.class, "*")
                .skipJavaLangImports(true)
                .indent("  ")
                .build();
    }

    /** {@code prefix head} and then each call on a line of its own, indented, ending the statement. */
    private static CodeBlock chain(String prefix, CodeBlock head, List<CodeBlock> calls, Object... prefixArgs) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add(prefix, prefixArgs)
                .add("$L", head)
                .indent()
                .indent();
        for (CodeBlock call : calls) {
            code.add("\n$L", call);
        }
        return code.add(";\n").unindent().unindent().build();
    }

    /**
     * The method building {@code section} as one fluent chain, parents before children; a section of more
     * than {@value #CHUNK} items or {@value #CHAIN} calls gets helper methods for the rest. Returns its name.
     */
    private String section(Section section) {
        String name = methodName(section.title());
        List<CodeBlock> calls = new ArrayList<>();
        if (section.groupByYear()) {
            calls.add(CodeBlock.of(".groupByYear()"));
        }
        section.placeholder().ifPresent(p -> calls.add(CodeBlock.of(".placeholder($L)", literal(p))));
        for (Paragraph paragraph : section.intro()) {
            calls.add(CodeBlock.of(".intro($L)", inlines(paragraph)));
        }
        List<List<CodeBlock>> parts = new ArrayList<>();
        List<CodeBlock> part = calls;
        int size = 0;
        List<Item> run = new ArrayList<>();
        for (Block block : section.body()) {
            if (block instanceof Item item) {
                run.add(item);
                continue;
            }
            size = items(run, part, parts, size);
            part = parts.isEmpty() ? calls : parts.get(parts.size() - 1);
            run.clear();
            if (size >= CHUNK || part.size() >= CHAIN) {
                part = new ArrayList<>();
                parts.add(part);
                size = 0;
            }
            if (block instanceof Table table) {
                part.add(CodeBlock.of(".table($L)", table(table)));
                size += table.rows().size();
            } else if (block instanceof Paragraph paragraph) {
                part.add(
                        paragraph.inlines().size() == 1 && paragraph.inlines().get(0) instanceof Inline.RawMarkdown raw
                                ? CodeBlock.of(".markdown($L)", literal(raw.text()))
                                : CodeBlock.of(".paragraph($L)", inlines(paragraph)));
                size++;
            }
        }
        items(run, part, parts, size);
        List<CodeBlock> subsections = new ArrayList<>();
        for (Section subsection : section.subsections()) {
            subsections.add(CodeBlock.of(".section($N())", section(subsection)));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(SECTION_BUILDER);
        CodeBlock head = CodeBlock.of("section($L)", literal(section.title()));
        if (parts.isEmpty() && calls.size() + subsections.size() <= CHAIN) {
            calls.addAll(subsections);
            method.addCode(chain("return ", head, calls));
        } else {
            method.addCode(chain("$T section = ", head, calls, SECTION_BUILDER));
            int number = 2;
            for (List<CodeBlock> helperCalls : parts) {
                String helper = methodName(section.title() + " part " + number++);
                methods.add(MethodSpec.methodBuilder(helper)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(SECTION_BUILDER, "section")
                        .addCode(chain("", CodeBlock.of("section"), helperCalls))
                        .build());
                method.addStatement("$N(section)", helper);
            }
            for (int from = 0; from < subsections.size(); from += CHAIN) {
                method.addCode(chain(
                        "",
                        CodeBlock.of("section"),
                        subsections.subList(from, Math.min(subsections.size(), from + CHAIN))));
            }
            method.addStatement("return section");
        }
        methods.add(method.build());
        return name;
    }

    /**
     * Adds {@code .items(…)} calls for {@code run} to {@code part} (and to new parts when it is full);
     * returns the size of the last part.
     */
    private static int items(List<Item> run, List<CodeBlock> part, List<List<CodeBlock>> parts, int size) {
        List<CodeBlock> target = part;
        int from = 0;
        while (from < run.size()) {
            if (size >= CHUNK || target.size() >= CHAIN) {
                target = new ArrayList<>();
                parts.add(target);
                size = 0;
            }
            int to = Math.min(run.size(), from + CHUNK - size);
            target.add(arguments(
                    ".items(",
                    run.subList(from, to).stream()
                            .map(ListSourceGenerator::item)
                            .toList()));
            size += to - from;
            from = to;
        }
        return size;
    }

    /** {@code open} and the arguments on one line when short, else each on a line of its own. */
    private static CodeBlock fitted(String open, List<CodeBlock> arguments) {
        int length = open.length() + 1;
        boolean multiline = false;
        for (CodeBlock argument : arguments) {
            String text = argument.toString();
            length += text.length() + 2;
            multiline |= text.contains("\n");
        }
        return !multiline && length <= ONE_LINE
                ? CodeBlock.of("$L$L)", open, CodeBlock.join(arguments, ", "))
                : arguments(open, arguments);
    }

    /** {@code open} and the arguments, each on a line of its own, indented: {@code .items(\n  a,\n  b)}. */
    private static CodeBlock arguments(String open, List<CodeBlock> arguments) {
        CodeBlock.Builder code = CodeBlock.builder().add(open).indent().indent();
        for (int i = 0; i < arguments.size(); i++) {
            code.add("\n$L$L", arguments.get(i), i < arguments.size() - 1 ? "," : "");
        }
        return code.unindent().unindent().add(")").build();
    }

    private static CodeBlock table(Table table) {
        CodeBlock columns = CodeBlock.join(
                table.columns().stream().map(ListSourceGenerator::column).toList(), ", ");
        List<CodeBlock> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            rows.add(fitted(
                    ".row(", row.cells().stream().map(ListSourceGenerator::cell).toList()));
        }
        return calls(CodeBlock.of("table($L)", columns), rows);
    }

    /** {@code head} with its calls: on one line when short, else one call per line. */
    private static CodeBlock calls(CodeBlock head, List<CodeBlock> calls) {
        int length = head.toString().length();
        boolean multiline = false;
        for (CodeBlock call : calls) {
            String text = call.toString();
            length += text.length();
            multiline |= text.contains("\n");
        }
        if (!multiline && length <= ONE_LINE) {
            return CodeBlock.builder()
                    .add("$L", head)
                    .add(CodeBlock.join(calls, ""))
                    .build();
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$L", head).indent().indent();
        for (CodeBlock call : calls) {
            code.add("\n$L", call);
        }
        return code.unindent().unindent().build();
    }

    /**
     * {@code lfmMethodsInHealthcare} for "LFM methods in healthcare"; {@code …2}, {@code …3} when taken
     * (unlike catalog constants, these private names promise nothing to anyone).
     */
    private String methodName(String title) {
        String camel = JavaNames.methodBase(title);
        String name = camel;
        for (int n = nextNumber.getOrDefault(camel, 2); !methodNames.add(name); n++) {
            name = camel + n;
            nextNumber.put(camel, n + 1);
        }
        return name;
    }

    private static CodeBlock item(Item item) {
        List<CodeBlock> calls = new ArrayList<>();
        CodeBlock head;
        if (item instanceof LinkItem link) {
            head = CodeBlock.of("linkItem($L, $L)", literal(link.title()), literal(link.url()));
            link.description().ifPresent(d -> calls.add(CodeBlock.of(".description($L)", description(d))));
        } else if (item instanceof TextItem text) {
            head = text.text().isPlain() && !text.children().isEmpty()
                    ? CodeBlock.of("group($L)", literal(text.text().plainText()))
                    : CodeBlock.of("item($L)", rich(text.text().inlines()));
        } else {
            Entry entry = (Entry) item;
            head = CodeBlock.of("entry($L)", literal(entry.title()));
            entry.venue().ifPresent(v -> calls.add(CodeBlock.of(".venue($L)", VenueConstants.of(v))));
            if (entry.year().isPresent()) {
                calls.add(CodeBlock.of(".year($L)", entry.year().getAsInt()));
            }
            for (Link link : entry.links()) {
                calls.add(
                        link.kind() == LinkKind.CUSTOM
                                        || !link.label().equals(link.kind().defaultLabel())
                                ? CodeBlock.of(".link($L, $L)", literal(link.label()), literal(link.url()))
                                : link.kind() == LinkKind.PAPER
                                                && paperId(link.url()).isPresent()
                                        ? CodeBlock.of(
                                                ".paper($L($L))",
                                                paperId(link.url())
                                                        .get()
                                                        .scheme()
                                                        .dslName(),
                                                literal(paperId(link.url())
                                                        .get()
                                                        .id()))
                                        : CodeBlock.of(".$L($L)", method(link.kind()), literal(link.url())));
            }
            entry.description().ifPresent(d -> calls.add(CodeBlock.of(".description($L)", description(d))));
        }
        if (!item.children().isEmpty()) {
            calls.add(arguments(
                    ".children(",
                    item.children().stream().map(ListSourceGenerator::item).toList()));
        }
        return calls(head, calls);
    }

    /**
     * A string literal, split into a concatenation over several lines when long (at spaces, else after a
     * {@code /}), so that no line of the source passes 120 columns; a concatenation of literals is still
     * a constant.
     */
    private static CodeBlock literal(String text) {
        CodeBlock whole = JavaText.literal(text);
        if (whole.toString().length() <= LITERAL) {
            return whole;
        }
        List<CodeBlock> pieces = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = from;
            int cut = -1;
            int width = 2;
            while (to < text.length()) {
                int c = text.codePointAt(to);
                int w = JavaText.quoted(Character.toString(c)).length() - 2;
                if (width + w > LITERAL && to > from) {
                    break;
                }
                width += w;
                to += Character.charCount(c);
                if (c == ' ' || c == '/') {
                    cut = to;
                }
            }
            int end = to == text.length() || cut <= from + LITERAL / 3 ? to : cut;
            pieces.add(JavaText.literal(text.substring(from, end)));
            from = end;
        }
        CodeBlock.Builder code =
                CodeBlock.builder().add("$L", pieces.get(0)).indent().indent();
        for (CodeBlock piece : pieces.subList(1, pieces.size())) {
            code.add("\n+ $L", piece);
        }
        return code.unindent().unindent().build();
    }

    /**
     * The identifier of a paper linked at its canonical URL ({@code .paper(arxiv("2304.14454"))}); a URL in
     * another form stays a URL, so the imported list renders the README's bytes.
     */
    private static java.util.Optional<io.github.awesomedsl.model.PaperId> paperId(String url) {
        return io.github.awesomedsl.model.PaperId.of(url).filter(id -> id.url().equals(url));
    }

    private static String method(LinkKind kind) {
        return kind == LinkKind.PROJECT ? "url" : kind.name().toLowerCase(Locale.ROOT);
    }

    private static CodeBlock column(Column column) {
        CodeBlock base = CodeBlock.of("column($L)", literal(column.name()));
        return switch (column.alignment()) {
            case NONE -> base;
            case LEFT -> CodeBlock.of("$L.left()", base);
            case CENTER -> CodeBlock.of("$L.center()", base);
            case RIGHT -> CodeBlock.of("$L.right()", base);
        };
    }

    private static CodeBlock cell(Cell cell) {
        if (cell instanceof Cell.Text text) {
            return text.text().isEmpty() ? CodeBlock.of("emptyCell()") : CodeBlock.of("cell($L)", literal(text.text()));
        }
        if (cell instanceof Cell.Rich rich) {
            return CodeBlock.of("cell($L)", rich(rich.text().inlines()));
        }
        List<Link> links = ((Cell.Links) cell).links();
        if (links.size() == 1 && links.get(0).kind() == LinkKind.CUSTOM) {
            return CodeBlock.of(
                    "cell($L, $L)",
                    literal(links.get(0).label()),
                    literal(links.get(0).url()));
        }
        return fitted(
                "cell(",
                links.stream()
                        .map(l -> l.kind() == LinkKind.CUSTOM
                                ? CodeBlock.of("$T.custom($L, $L)", Link.class, literal(l.label()), literal(l.url()))
                                : CodeBlock.of(
                                        "new $T($T.$L, $L, $L)",
                                        Link.class,
                                        LinkKind.class,
                                        l.kind().name(),
                                        literal(l.label()),
                                        literal(l.url())))
                        .toList());
    }

    private static CodeBlock inlines(Paragraph paragraph) {
        return rich(paragraph.inlines());
    }

    private static CodeBlock rich(List<Inline> inlines) {
        return InlineCalls.chain(inlines, ListSourceGenerator::literal, ONE_LINE);
    }

    /** A plain description as a string, a rich one as the DSL's fluent chain. */
    private static CodeBlock description(RichText text) {
        return text.inlines().size() == 1 && text.inlines().get(0) instanceof Inline.Text plain
                ? literal(plain.text())
                : rich(text.inlines());
    }
}
