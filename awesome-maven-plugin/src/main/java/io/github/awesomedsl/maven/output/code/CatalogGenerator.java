package io.github.awesomedsl.maven.output.code;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.github.awesomedsl.maven.output.code.JavaNames.NameCollision;
import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.CatalogFactories;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.LinkKind;
import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.Suppression;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Turns a list into its typed catalog: one Java source whose nested classes mirror the sections, with a
 * {@code public static final} constant per entry, table row and link item holding the real model object,
 * plus {@code ALL}, {@code ROWS}, {@code LINKS}, tag constants, lookups by tag and year, and
 * {@code String} constants for URLs (usable in annotations).
 *
 * <p>Scale: a class's static initialiser may not exceed 64 KiB of bytecode nor its constant pool 65,535
 * entries. A section's members are therefore built in parts of {@value #PART_SIZE}: the section class
 * extends a chain of private part classes, so {@code Section.MEMBER} resolves whichever part declares
 * it, and each part initialises only its own members.
 *
 * <p>Every string of the list is untrusted: it reaches the source only as a string literal or as
 * escaped javadoc text ({@link JavaText}), never as code. Member names are derived ({@link JavaNames})
 * and never given a suffix: two elements that would share a name make {@link #generate} throw a {@link
 * CatalogNameException} naming both, so that a constant keeps pointing at its own entry.
 *
 * <p>The output is deterministic: the same list gives the same bytes.
 */
public final class CatalogGenerator {

    /** Members built per class: comfortably under the JVM's code and constant-pool limits. */
    static final int PART_SIZE = 200;

    private static final ClassName ENTRY = ClassName.get(Entry.class);
    private static final ClassName LINK_ITEM = ClassName.get(LinkItem.class);
    private static final ClassName ROW = ClassName.get(Row.class);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName FACTORIES = ClassName.get(CatalogFactories.class);

    /** Longest simple name of the catalog class, so that a part class three sections deep keeps a short file name. */
    static final int MAX_CATALOG_NAME_BYTES = 60;

    /** Longest class file name generated: any file system takes it, with room for a path. */
    static final int MAX_CLASS_FILE_BYTES = 200;

    private final ClassName catalog;
    private final String generatedFrom;

    /**
     * @param catalog the package and simple name of the class to generate
     * @param generatedFrom the list class's name, for the javadoc
     */
    public CatalogGenerator(ClassName catalog, String generatedFrom) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.generatedFrom = Objects.requireNonNull(generatedFrom, "generatedFrom");
        if (utf8Length(catalog.simpleName()) > MAX_CATALOG_NAME_BYTES) {
            throw new IllegalArgumentException("the catalog class name " + catalog.simpleName() + " is longer than "
                    + MAX_CATALOG_NAME_BYTES + " bytes; choose a shorter <catalogClass>");
        }
    }

    public CatalogGenerator(String packageName, String simpleName, String generatedFrom) {
        this(ClassName.get(packageName, simpleName), generatedFrom);
    }

    /**
     * The catalog's source.
     *
     * @throws CatalogNameException when two elements would share a member name
     */
    public CatalogSource generate(AwesomeList list) {
        return generate(list, Metadata.empty());
    }

    /**
     * The catalog's source, with what {@code metadata} holds of the GitHub repositories the list links:
     * {@code REPOSITORIES} and {@code repository(Entry)}, when it holds any.
     *
     * @throws CatalogNameException when two elements would share a member name
     */
    public CatalogSource generate(AwesomeList list, Metadata metadata) {
        TypeSpec.Builder root = TypeSpec.classBuilder(catalog)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "The typed catalog of \"$L\": one constant per entry, table row and link item.\n",
                        JavaText.javadoc(list.title()))
                .addJavadoc(
                        "\n<p>Generated by awesome-dsl from {@code $L}; do not edit. A removed or renamed entry breaks\n",
                        JavaText.javadoc(generatedFrom))
                .addJavadoc("the compile of code that uses its constant.\n")
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addField(FieldSpec.builder(String.class, "TITLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The list's title.\n")
                        .initializer(JavaText.literal(list.title()))
                        .build());

        Parts parts = new Parts();
        List<NameCollision> collisions = new ArrayList<>();
        JavaNames names = new JavaNames(catalog.simpleName(), collisions);
        names.claim(catalog.simpleName(), "the catalog class itself");
        names.claim("Tags", "the catalog's class of tag constants, Tags");
        for (Section section : list.sections()) {
            section(section, catalog, names, parts, List.of(catalog.simpleName()), collisions)
                    .forEach(root::addType);
        }
        root.addType(tags(list, catalog, collisions));
        if (!collisions.isEmpty()) {
            throw new CatalogNameException(collisions);
        }
        parts.sources.forEach((source, name) ->
                root.addField(FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", JavaText.quoted(source))
                        .build()));
        root.addField(all("ALL", ENTRY, "Every entry, in list order.", parts.entries));
        root.addField(all("ROWS", ROW, "Every table row, in list order.", parts.rows));
        root.addField(all("LINKS", LINK_ITEM, "Every link item (tutorials, resources), in list order.", parts.links));
        root.addMethod(entriesWhere("byTag", "with", Tag.class, "tag", "e.tags().contains(tag)"));
        root.addMethod(
                entriesWhere("byYear", "of", int.class, "year", "e.year().isPresent() && e.year().getAsInt() == year"));
        if (!metadata.repositories().isEmpty()) {
            repositories(root, metadata);
        }
        TypeVariableName t = TypeVariableName.get("T");
        root.addMethod(MethodSpec.methodBuilder("concat")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addAnnotation(SafeVarargs.class)
                .addTypeVariable(t)
                .returns(ParameterizedTypeName.get(LIST, t))
                .addParameter(ArrayTypeName.of(ArrayTypeName.of(t)), "parts")
                .varargs()
                .addStatement("$T<$T> all = new $T<>()", LIST, t, ArrayList.class)
                .beginControlFlow("for ($T[] part : parts)", t)
                .addStatement("all.addAll($T.asList(part))", java.util.Arrays.class)
                .endControlFlow()
                .addStatement("return $T.copyOf(all)", LIST)
                .build());
        String skeleton = JavaFile.builder(catalog.packageName(), root.build())
                .addStaticImport(FACTORIES, "*")
                .skipJavaLangImports(true)
                .indent("  ")
                .build()
                .toString();
        return new CatalogSource(catalog.packageName(), catalog.simpleName(), splice(skeleton, parts));
    }

    /**
     * The skeleton with each part's members written where its placeholder field stands: JavaPoet lays out
     * the classes, imports and methods, and the thousands of constants are written once, as text, not
     * formatted twice by JavaPoet's import pass and its output pass.
     */
    private String splice(String skeleton, Parts parts) {
        MemberTypes types = new MemberTypes(skeleton, parts.classNames, catalog.simpleName());
        StringBuilder out = new StringBuilder(skeleton.length() + parts.memberChars * 5 / 4);
        int at = 0;
        for (int k = 0; k < parts.members.size(); k++) {
            String token = placeholder(k) + ";\n";
            int found = skeleton.indexOf(token, at);
            if (found < 0) {
                throw new IllegalStateException("the catalog skeleton lost the placeholder of part " + k);
            }
            int lineStart = skeleton.lastIndexOf('\n', found) + 1;
            String indent = skeleton.substring(lineStart, skeleton.indexOf("private static int", lineStart));
            out.append(skeleton, at, lineStart);
            List<Member> members = parts.members.get(k);
            for (int m = 0; m < members.size(); m++) {
                members.get(m).write(out, indent, types);
                if (m < members.size() - 1) {
                    out.append('\n');
                }
            }
            at = found + token.length();
        }
        return out.append(skeleton, at, skeleton.length()).toString();
    }

    /** The field that stands for part {@code k}'s members until they are spliced in (JavaPoet writes it on one line). */
    private static String placeholder(int k) {
        return "MEMBERS_" + k + "_"; // a trailing underscore: no title or id derives it
    }

    /**
     * How the spliced text names the members' types: by simple name, imported, unless a class of the
     * catalog takes that name (a section "Entry"), then fully qualified.
     */
    private static final class MemberTypes {
        final String entry;
        final String row;
        final String linkItem;
        final String string;

        MemberTypes(String skeleton, Set<String> classNames, String catalogName) {
            Set<String> taken = new java.util.HashSet<>(classNames);
            taken.add(catalogName);
            entry = name(Entry.class, taken, skeleton);
            row = name(Row.class, taken, skeleton);
            linkItem = name(LinkItem.class, taken, skeleton);
            string = taken.contains("String") ? "java.lang.String" : "String";
        }

        private static String name(Class<?> type, Set<String> taken, String skeleton) {
            if (taken.contains(type.getSimpleName())) {
                return type.getName();
            }
            if (!skeleton.contains("\nimport " + type.getName() + ";\n")) {
                throw new IllegalStateException("the catalog skeleton does not import " + type.getName());
            }
            return type.getSimpleName();
        }
    }

    /**
     * The arrays of each part, in list order, that ALL, ROWS and LINKS concatenate, and the sources the
     * elements were declared in, each a root constant {@code SOURCE_n_} that the factories read.
     */
    private static final class Parts {
        final List<CodeBlock> entries = new ArrayList<>();
        final List<CodeBlock> rows = new ArrayList<>();
        final List<CodeBlock> links = new ArrayList<>();
        final Map<String, String> sources = new LinkedHashMap<>();
        /** The members of each part class, by placeholder number. */
        final List<List<Member>> members = new ArrayList<>();
        /** Every class the catalog declares, by simple name. */
        final Set<String> classNames = new java.util.HashSet<>();

        int memberChars;

        /** The constant naming {@code location}'s class and file ({@code className/fileName}). */
        String source(SourceLocation location) {
            String source = location.className() + "/" + location.fileName();
            // a trailing underscore: no title or id derives such a name (JavaNames), so none can clash
            return sources.computeIfAbsent(source, s -> "SOURCE_" + sources.size() + "_");
        }
    }

    /**
     * A member of a section class, as text: its constant (of an element type written at splice time),
     * its javadoc's lines, its value, and the URL constants declared before it.
     */
    private record Member(String name, Class<?> type, List<String> doc, String value, List<UrlConstant> urls) {

        int chars() {
            int n = value.length() + 80;
            for (UrlConstant url : urls) {
                n += url.value().length() + url.doc().length() + 80;
            }
            return n;
        }

        void write(StringBuilder out, String indent, MemberTypes types) {
            for (UrlConstant url : urls) {
                javadoc(out, indent, List.of(url.doc()));
                out.append(indent)
                        .append("public static final ")
                        .append(types.string)
                        .append(' ');
                out.append(url.name()).append(" = ").append(url.value()).append(";\n\n");
            }
            javadoc(out, indent, doc);
            String typeName = type == Entry.class ? types.entry : type == Row.class ? types.row : types.linkItem;
            out.append(indent).append("public static final ").append(typeName).append(' ');
            out.append(name).append(" = ").append(value).append(";\n");
        }

        private static void javadoc(StringBuilder out, String indent, List<String> lines) {
            out.append(indent).append("/**\n");
            for (String line : lines) {
                out.append(indent)
                        .append(line.isEmpty() ? " *" : " * ")
                        .append(line)
                        .append('\n');
            }
            out.append(indent).append(" */\n");
        }
    }

    /** A URL as a compile-time constant: {@code MEDCPT_PAPER_URL = "https://…"}. */
    private record UrlConstant(String name, String doc, String value) {}

    /**
     * The class of a section and, for a large one, the private part classes it extends (siblings inside
     * the same parent, first part first).
     */
    private List<TypeSpec> section(
            Section section,
            ClassName parent,
            JavaNames siblings,
            Parts parts,
            List<String> enclosing,
            List<NameCollision> collisions) {
        String simpleName = siblings.claim(
                JavaNames.typeBase(section.title()), owner("section", section.title(), section.location()));
        ClassName type = parent.nestedClass(simpleName);
        parts.classNames.add(simpleName);
        List<String> enclosingHere = new ArrayList<>(enclosing);
        enclosingHere.add(simpleName);

        // One scope for the section's constants and its subsections' classes: a nested class may not repeat
        // the name of a class that encloses it, and a constant and a class of one name would obscure each other.
        JavaNames names = new JavaNames(String.join(".", enclosingHere), collisions);
        // (a name repeated among them is a collision the parent scope reported already)
        new LinkedHashSet<>(enclosingHere).forEach(name -> names.claim(name, "the enclosing class " + name));
        List<Member> members = new ArrayList<>();
        // The constants are flat: a nested item is a constant of its section like any other (its parent's
        // children() is empty in the catalog; the catalog JSON keeps the nesting); a text item has none.
        for (Item item : section.allItems()) {
            if (item instanceof Entry e) {
                members.add(entry(e, names, parts));
            } else if (item instanceof LinkItem link) {
                members.add(linkItem(link, names, parts));
            }
        }
        for (Table table : section.tables()) {
            for (Row row : table.rows()) {
                members.add(row(row, names, parts));
            }
        }

        int partCount = Math.max(1, (members.size() + PART_SIZE - 1) / PART_SIZE);
        List<TypeSpec> types = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            boolean last = p == partCount - 1;
            String holderName =
                    last ? simpleName : siblings.claim(simpleName + "_Part" + (p + 1), "a part of " + simpleName);
            ClassName holderType = parent.nestedClass(holderName);
            parts.classNames.add(holderName);
            if (utf8Length(String.join("$", holderType.simpleNames()) + ".class") > MAX_CLASS_FILE_BYTES) {
                throw new IllegalStateException(
                        "class file name over " + MAX_CLASS_FILE_BYTES + " bytes: " + holderType);
            }
            TypeSpec.Builder holder = TypeSpec.classBuilder(holderType);
            if (last) {
                holder.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Section \"$L\".\n", JavaText.javadoc(section.title()));
            } else {
                holder.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "Members $L to $L of {@link $L}: a class holds at most $L.\n",
                                p * PART_SIZE + 1,
                                (p + 1) * PART_SIZE,
                                simpleName,
                                PART_SIZE);
            }
            if (p > 0) {
                holder.superclass(parent.nestedClass(types.get(p - 1).name()));
            }
            holder.addMethod(MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .build());
            List<Member> chunk = members.subList(p * PART_SIZE, Math.min(members.size(), (p + 1) * PART_SIZE));
            if (!chunk.isEmpty()) { // written at its placeholder, after JavaPoet's layout (see splice)
                holder.addField(TypeName.INT, placeholder(parts.members.size()), Modifier.PRIVATE, Modifier.STATIC);
                parts.members.add(List.copyOf(chunk));
                chunk.forEach(m -> parts.memberChars += m.chars());
            }
            // Names with a trailing underscore: no title or id derives one (JavaNames), so none can clash.
            addArray(holder, holderType, "ENTRIES_", Entry.class, chunk, parts.entries);
            addArray(holder, holderType, "ROWS_", Row.class, chunk, parts.rows);
            addArray(holder, holderType, "LINKS_", LinkItem.class, chunk, parts.links);
            if (last) {
                for (Section subsection : section.subsections()) {
                    section(subsection, type, names, parts, enclosingHere, collisions)
                            .forEach(holder::addType);
                }
            }
            types.add(holder.build());
        }
        return types;
    }

    private static void addArray(
            TypeSpec.Builder holder,
            ClassName holderName,
            String name,
            Class<?> type,
            List<Member> chunk,
            List<CodeBlock> collected) {
        StringBuilder refs = new StringBuilder();
        for (Member member : chunk) {
            if (member.type() == type) {
                refs.append(refs.length() == 0 ? "" : ", ").append(member.name());
            }
        }
        if (refs.length() == 0) {
            return;
        }
        holder.addField(FieldSpec.builder(
                        ArrayTypeName.of(ClassName.get(type)), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", refs)
                .build());
        collected.add(CodeBlock.of("$T.$N", holderName, name));
    }

    /** {@code public static List<Entry> name(type parameter)}: the entries of {@code ALL} matching {@code condition} on {@code e}. */
    private static MethodSpec entriesWhere(
            String name, String preposition, Class<?> type, String parameter, String condition) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("The entries " + preposition + " {@code " + parameter + "}, in list order.\n\n")
                .addJavadoc("@param " + parameter + " the " + parameter + " to look for\n")
                .addJavadoc("@return those entries, an unmodifiable list\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(LIST, ENTRY))
                .addParameter(type, parameter)
                .addStatement("return ALL.stream().filter(e -> " + condition + ").toList()")
                .build();
    }

    private static final ClassName HEALTH = ClassName.get(RepositoryHealth.class);

    /**
     * {@code REPOSITORIES} (what the lock held, by {@code owner/name} in lower case) and
     * {@code repository(Entry)}; the map is filled by private methods of {@value #PART_SIZE} repositories
     * each, far under the JVM's code limit per method.
     */
    private static void repositories(TypeSpec.Builder root, Metadata metadata) {
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), HEALTH);
        List<RepositoryHealth> all = List.copyOf(metadata.repositories());
        CodeBlock.Builder fill = CodeBlock.builder()
                .addStatement("$T<String, $T> all = new $T<>()", Map.class, HEALTH, java.util.TreeMap.class);
        for (int from = 0, part = 0; from < all.size(); from += PART_SIZE, part++) {
            MethodSpec.Builder method = MethodSpec.methodBuilder("repositories" + part)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(map, "all");
            for (RepositoryHealth r : all.subList(from, Math.min(all.size(), from + PART_SIZE))) {
                method.addStatement(
                        "all.put($L, $L)", JavaText.literal(r.repository().key()), repository(r));
            }
            root.addMethod(method.build());
            fill.addStatement("repositories$L(all)", part);
        }
        fill.addStatement("return $T.unmodifiableMap(all)", java.util.Collections.class);
        root.addField(FieldSpec.builder(map, "REPOSITORIES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("What the metadata lock held of each GitHub repository the list links, when the catalog was"
                        + "\ngenerated (see each one's {@code fetched()}), by {@code owner/name} in lower case.\n")
                .initializer("repositories()")
                .build());
        root.addMethod(MethodSpec.methodBuilder("repositories")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(map)
                .addCode(fill.build())
                .build());
        root.addMethod(MethodSpec.methodBuilder("repository")
                .addJavadoc("The repository of the entry's first link to a GitHub repository the lock held: its stars,"
                        + "\nlast push, archived flag, licence.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), HEALTH))
                .addParameter(ENTRY, "entry")
                .beginControlFlow("for ($T link : entry.links())", Link.class)
                .addStatement(
                        "$T<$T> repository = $T.of(link.url())",
                        Optional.class,
                        GithubRepository.class,
                        GithubRepository.class)
                .beginControlFlow("if (repository.isPresent() && REPOSITORIES.containsKey(repository.get().key()))")
                .addStatement("return $T.of(REPOSITORIES.get(repository.get().key()))", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build());
    }

    /** One repository as a constructor call; every string through {@link JavaText#literal}. */
    private static CodeBlock repository(RepositoryHealth r) {
        return CodeBlock.builder()
                .add(
                        "new $T(new $T($L, $L), ",
                        HEALTH,
                        GithubRepository.class,
                        JavaText.literal(r.repository().owner()),
                        JavaText.literal(r.repository().name()))
                .add(
                        "$T.parse($L), $L, $L, ",
                        java.time.Instant.class,
                        JavaText.literal(r.fetched().toString()),
                        r.missing(),
                        JavaText.literal(r.fullName()))
                .add("$LL, $LL, $LL, ", r.stars(), r.forks(), r.openIssues())
                .add(
                        "$L, $L, $L, ",
                        r.pushed()
                                .map(p -> CodeBlock.of(
                                        "$T.of($T.parse($L))",
                                        Optional.class,
                                        java.time.Instant.class,
                                        JavaText.literal(p.toString())))
                                .orElse(CodeBlock.of("$T.empty()", Optional.class)),
                        r.archived(),
                        r.disabled())
                .add(
                        "$L, $L, $L)",
                        optional(r.license().map(JavaText::literal)),
                        optional(r.description().map(JavaText::literal)),
                        optional(r.language().map(JavaText::literal)))
                .build();
    }

    private static FieldSpec all(String name, ClassName type, String doc, List<CodeBlock> parts) {
        CodeBlock value = parts.isEmpty()
                ? CodeBlock.of("$T.of()", LIST)
                : CodeBlock.of("concat($L)", CodeBlock.join(parts, ", "));
        return FieldSpec.builder(
                        ParameterizedTypeName.get(LIST, type), name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer(value)
                .build();
    }

    private static TypeSpec tags(AwesomeList list, ClassName catalog, List<NameCollision> collisions) {
        Set<Tag> tags = new LinkedHashSet<>();
        collectTags(list.sections(), tags);
        TypeSpec.Builder type = TypeSpec.classBuilder("Tags")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The tags the list's entries carry.\n")
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        JavaNames names = new JavaNames(catalog.simpleName() + ".Tags", collisions);
        for (Tag tag : tags) {
            String name = names.claim(JavaNames.constantBase(tag.name()), "tag \"" + shortText(tag.name()) + "\"");
            type.addField(FieldSpec.builder(Tag.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of($L)", Tag.class, JavaText.literal(tag.name()))
                    .build());
        }
        return type.build();
    }

    private static void collectTags(List<Section> sections, Set<Tag> tags) {
        for (Section section : sections) {
            section.entries().forEach(e -> tags.addAll(e.tags()));
            collectTags(section.subsections(), tags);
        }
    }

    /**
     * {@code entry(SOURCE_0_, 91, "Title", description("…"), "arXiv", 2023, tags("LFM"),
     * paper(TITLE_PAPER_URL))}: an entry through {@link CatalogFactories}, its links by their URL constants.
     */
    private static Member entry(Entry entry, JavaNames names, Parts parts) {
        String owner = owner("entry", entry.title(), entry.location());
        String name = names.claim(JavaNames.constantBase(entry.id().orElse(entry.title())), owner);
        List<UrlConstant> urls = urlConstants(name, entry.title(), entry.links(), names, owner);
        StringBuilder call = new StringBuilder(200)
                .append("entry(")
                .append(parts.source(entry.location()))
                .append(", ")
                .append(entry.location().line())
                .append(", ")
                .append(JavaText.quoted(entry.title()))
                .append(", ");
        description(entry.description(), call);
        call.append(", ")
                .append(entry.venue().map(v -> JavaText.quoted(v.name())).orElse("null"))
                .append(", ")
                .append(entry.year().orElse(0))
                .append(", tags(");
        for (int i = 0; i < entry.tags().size(); i++) {
            call.append(i == 0 ? "" : ", ")
                    .append(JavaText.quoted(entry.tags().get(i).name()));
        }
        call.append(')');
        for (int i = 0; i < entry.links().size(); i++) {
            call.append(", ");
            link(entry.links().get(i), urls.get(i).name(), call);
        }
        call.append(')');
        List<String> facts = new ArrayList<>();
        entry.venue().ifPresent(v -> facts.add(JavaText.javadoc(v.name())));
        if (entry.year().isPresent()) {
            facts.add(Integer.toString(entry.year().getAsInt()));
        }
        String title =
                JavaText.javadoc(entry.title()) + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ").");
        List<String> doc = entry.description().isEmpty()
                ? List.of(title)
                : List.of(
                        title,
                        "",
                        "<p>" + JavaText.javadoc(entry.description().get().plainText()));
        return new Member(name, Entry.class, doc, wrapped(call, entry.id(), entry.suppressions(), parts), urls);
    }

    /** Appends {@code description("…")}, {@code description(text("Uses "), link("B", "…"))} or {@code null}. */
    private static void description(Optional<RichText> description, StringBuilder call) {
        if (description.isEmpty()) {
            call.append("null");
        } else if (description.get().isPlain()) {
            call.append("description(")
                    .append(JavaText.quoted(description.get().plainText()))
                    .append(')');
        } else {
            call.append("description(");
            spans(description.get(), call);
            call.append(')');
        }
    }

    /** {@code text("Uses "), link("B", "https://…")}: rich text's spans, by {@link CatalogFactories}'s names. */
    private static void spans(RichText text, StringBuilder call) {
        for (int i = 0; i < text.inlines().size(); i++) {
            Inline inline = text.inlines().get(i);
            call.append(i == 0 ? "" : ", ");
            if (inline instanceof Inline.Code code) {
                call.append("codeSpan(").append(JavaText.quoted(code.text())).append(')');
            } else {
                call.append(InlineCalls.call(inline, t -> CodeBlock.of("$L", JavaText.quoted(t))));
            }
        }
    }

    /** {@code paper(NAME_PAPER_URL)}, {@code custom("Slides", NAME_SLIDES_URL)}, a label other than the kind's kept. */
    private static void link(Link link, String url, StringBuilder call) {
        if (link.kind() == LinkKind.CUSTOM) {
            call.append("custom(")
                    .append(JavaText.quoted(link.label()))
                    .append(", ")
                    .append(url)
                    .append(')');
            return;
        }
        call.append(link.kind().name().toLowerCase(java.util.Locale.ROOT))
                .append('(')
                .append(url)
                .append(')');
        if (!link.label().equals(link.kind().defaultLabel())) {
            call.append(".withLabel(").append(JavaText.quoted(link.label())).append(')');
        }
    }

    /** {@code value} with its explicit id and its suppressions, when it has them: {@code id("X", suppressing(…))}. */
    private static String wrapped(
            CharSequence value, Optional<String> id, List<Suppression> suppressions, Parts parts) {
        String wrapped = value.toString();
        if (!suppressions.isEmpty()) {
            StringBuilder all = new StringBuilder("suppressing(").append(wrapped);
            for (Suppression s : suppressions) {
                all.append(", suppression(")
                        .append(JavaText.quoted(s.ruleId()))
                        .append(", ")
                        .append(JavaText.quoted(s.reason()))
                        .append(", ")
                        .append(parts.source(s.location()))
                        .append(", ")
                        .append(s.location().line())
                        .append(')');
            }
            wrapped = all.append(')').toString();
        }
        return id.isPresent() ? "id(" + JavaText.quoted(id.get()) + ", " + wrapped + ")" : wrapped;
    }

    private static Member linkItem(LinkItem item, JavaNames names, Parts parts) {
        String owner = owner("link item", item.title(), item.location());
        String name = names.claim(JavaNames.constantBase(item.id().orElse(item.title())), owner);
        String urlName = names.claim(name + "_URL", "the URL constant of " + owner);
        StringBuilder call = new StringBuilder(160)
                .append("linkItem(")
                .append(parts.source(item.location()))
                .append(", ")
                .append(item.location().line())
                .append(", ")
                .append(JavaText.quoted(item.title()))
                .append(", ")
                .append(urlName)
                .append(", ");
        description(item.description(), call);
        call.append(')');
        List<String> doc = item.description().isEmpty()
                ? List.of(JavaText.javadoc(item.title()))
                : List.of(
                        JavaText.javadoc(item.title()),
                        "",
                        "<p>" + JavaText.javadoc(item.description().get().plainText()));
        UrlConstant url = new UrlConstant(urlName, "The URL of {@link #" + name + "}.", JavaText.quoted(item.url()));
        return new Member(
                name, LinkItem.class, doc, wrapped(call, item.id(), item.suppressions(), parts), List.of(url));
    }

    /** {@code textCell("…")}, {@code linkCell(dataset("…").withLabel("*"))}, {@code richCell(text("…"), …)}. */
    private static void cell(Cell cell, StringBuilder call) {
        if (cell instanceof Cell.Text text) {
            call.append("textCell(").append(JavaText.quoted(text.text())).append(')');
        } else if (cell instanceof Cell.Rich rich) {
            call.append("richCell(");
            spans(rich.text(), call);
            call.append(')');
        } else {
            call.append("linkCell(");
            List<Link> links = ((Cell.Links) cell).links();
            for (int i = 0; i < links.size(); i++) {
                call.append(i == 0 ? "" : ", ");
                link(links.get(i), JavaText.quoted(links.get(i).url()), call);
            }
            call.append(')');
        }
    }

    private static Member row(Row row, JavaNames names, Parts parts) {
        List<Link> links = new ArrayList<>();
        row.cells().forEach(c -> {
            if (c instanceof Cell.Links l) {
                links.addAll(l.links());
            } else if (c instanceof Cell.Rich rich) {
                rich.text().urls().forEach(url -> links.add(Link.custom(url, url)));
            }
        });
        String owner = owner("table row", row.title(), row.location());
        String name = names.claim(
                JavaNames.constantBase(row.id().orElse(row.title().isBlank() ? "Row" : row.title())), owner);
        StringBuilder call = new StringBuilder(160)
                .append("row(")
                .append(parts.source(row.location()))
                .append(", ")
                .append(row.location().line());
        for (Cell cell : row.cells()) {
            call.append(", ");
            cell(cell, call);
        }
        call.append(')');
        return new Member(
                name,
                Row.class,
                List.of("Table row " + JavaText.javadoc(row.title()) + "."),
                wrapped(call, row.id(), row.suppressions(), parts),
                urlConstants(name, row.title(), links, names, owner));
    }

    /**
     * {@code MEDCPT_PAPER_URL}, {@code MEDCPT_CODE_URL}, …: the links as compile-time constants, in the
     * order of {@code links}; a link labelled with the owner's own title (a table row's name) is
     * {@code OWNER_URL}.
     */
    private static List<UrlConstant> urlConstants(
            String constant, String title, List<Link> links, JavaNames names, String owner) {
        List<UrlConstant> constants = new ArrayList<>(links.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Link link : links) {
            String kind = link.kind() != LinkKind.CUSTOM
                    ? "_" + link.kind().name()
                    : link.label().strip().equals(title.strip())
                            ? ""
                            : "_" + JavaNames.constantBase(link.label().isBlank() ? "LINK" : link.label());
            int n = seen.merge(kind, 1, Integer::sum);
            String name = names.claim(
                    constant + kind + (n == 1 ? "" : "_" + n) + "_URL",
                    "the " + shortText(link.label()) + " link constant of " + owner);
            constants.add(new UrlConstant(
                    name,
                    "The " + JavaText.javadoc(link.label()) + " link of {@link #" + constant + "}.",
                    JavaText.quoted(link.url())));
        }
        return constants;
    }

    /** {@code entry "ripgrep" (ToolsList.java:14)}: an element as a collision message names it. */
    private static String owner(String kind, String title, SourceLocation location) {
        return kind + " \"" + shortText(title) + "\" (" + location + ")";
    }

    /** A title for a message: on one line, at most 80 characters. */
    private static String shortText(String text) {
        String flat = flat(text.strip());
        return flat.length() <= 80 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 77)) + "...";
    }

    /** Control, format and line or paragraph separator characters as spaces: one line to show. */
    private static String flat(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static CodeBlock optional(Optional<CodeBlock> value) {
        return value.map(v -> CodeBlock.of("$T.of($L)", Optional.class, v))
                .orElse(CodeBlock.of("$T.empty()", Optional.class));
    }
}
