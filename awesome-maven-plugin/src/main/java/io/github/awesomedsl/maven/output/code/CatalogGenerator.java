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
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.LinkKind;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.Suppression;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.Tag;
import io.github.awesomedsl.model.Venue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
    public JavaFile generate(AwesomeList list) {
        return generate(list, Metadata.empty());
    }

    /**
     * The catalog's source, with what {@code metadata} holds of the GitHub repositories the list links:
     * {@code REPOSITORIES} and {@code repository(Entry)}, when it holds any.
     *
     * @throws CatalogNameException when two elements would share a member name
     */
    public JavaFile generate(AwesomeList list, Metadata metadata) {
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
        return JavaFile.builder(catalog.packageName(), root.build())
                .skipJavaLangImports(true)
                .indent("  ")
                .build();
    }

    /** The arrays of each part, in list order, that ALL, ROWS and LINKS concatenate. */
    private static final class Parts {
        final List<CodeBlock> entries = new ArrayList<>();
        final List<CodeBlock> rows = new ArrayList<>();
        final List<CodeBlock> links = new ArrayList<>();
    }

    /** A member of a section class: its constant and what goes in it. */
    private record Member(String name, TypeName type, CodeBlock value, CodeBlock javadoc, List<FieldSpec> urls) {}

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
                members.add(entry(e, names));
            } else if (item instanceof LinkItem link) {
                members.add(linkItem(link, names));
            }
        }
        for (Table table : section.tables()) {
            for (Row row : table.rows()) {
                members.add(row(row, names));
            }
        }

        int partCount = Math.max(1, (members.size() + PART_SIZE - 1) / PART_SIZE);
        List<TypeSpec> types = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            boolean last = p == partCount - 1;
            String holderName =
                    last ? simpleName : siblings.claim(simpleName + "_Part" + (p + 1), "a part of " + simpleName);
            ClassName holderType = parent.nestedClass(holderName);
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
            for (Member member : chunk) {
                holder.addField(FieldSpec.builder(
                                member.type(), member.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(member.javadoc())
                        .initializer(member.value())
                        .build());
                member.urls().forEach(holder::addField);
            }
            // Names with a trailing underscore: no title or id derives one (JavaNames), so none can clash.
            addArray(holder, holderType, "ENTRIES_", ENTRY, chunk, parts.entries);
            addArray(holder, holderType, "ROWS_", ROW, chunk, parts.rows);
            addArray(holder, holderType, "LINKS_", LINK_ITEM, chunk, parts.links);
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
            ClassName type,
            List<Member> chunk,
            List<CodeBlock> collected) {
        List<CodeBlock> refs = chunk.stream()
                .filter(m -> m.type().equals(type))
                .map(m -> CodeBlock.of("$N", m.name()))
                .toList();
        if (refs.isEmpty()) {
            return;
        }
        holder.addField(
                FieldSpec.builder(ArrayTypeName.of(type), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("{$L}", CodeBlock.join(refs, ", "))
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

    private static Member entry(Entry entry, JavaNames names) {
        String owner = owner("entry", entry.title(), entry.location());
        String name = names.claim(JavaNames.constantBase(entry.id().orElse(entry.title())), owner);
        CodeBlock value = CodeBlock.builder()
                .add("new $T(\n", ENTRY)
                .indent()
                .indent()
                .add("$L,\n", optional(entry.id().map(JavaText::literal)))
                .add("$L,\n", JavaText.literal(entry.title()))
                .add("$L,\n", optional(entry.description().map(InlineCalls::value)))
                .add("$L,\n", optional(entry.venue().map(CatalogGenerator::venue)))
                .add(
                        "$L,\n",
                        entry.year().isPresent()
                                ? CodeBlock.of(
                                        "$T.of($L)",
                                        OptionalInt.class,
                                        entry.year().getAsInt())
                                : CodeBlock.of("$T.empty()", OptionalInt.class))
                .add(
                        "$L,\n",
                        list(entry.links().stream().map(CatalogGenerator::link).toList()))
                .add(
                        "$L,\n",
                        list(entry.tags().stream()
                                .map(tag -> CodeBlock.of("$T.of($L)", Tag.class, JavaText.literal(tag.name())))
                                .toList()))
                .add(
                        "$L,\n",
                        list(entry.suppressions().stream()
                                .map(CatalogGenerator::suppression)
                                .toList()))
                .add("$L)", location(entry.location()))
                .unindent()
                .unindent()
                .build();
        CodeBlock.Builder doc =
                CodeBlock.builder().add("$L", JavaText.javadoc(entry.title())).add("\n");
        List<String> facts = new ArrayList<>();
        entry.venue().ifPresent(v -> facts.add(JavaText.javadoc(v.name())));
        if (entry.year().isPresent()) {
            facts.add(Integer.toString(entry.year().getAsInt()));
        }
        if (!facts.isEmpty()) {
            doc.add("\n<p>$L.\n", String.join(", ", facts));
        }
        entry.description().ifPresent(d -> doc.add("\n<p>$L\n", JavaText.javadoc(d.plainText())));
        linkList(doc, entry.links());
        return new Member(
                name, ENTRY, value, doc.build(), urlConstants(name, entry.title(), entry.links(), names, owner));
    }

    private static Member linkItem(LinkItem item, JavaNames names) {
        String owner = owner("link item", item.title(), item.location());
        String name = names.claim(JavaNames.constantBase(item.id().orElse(item.title())), owner);
        CodeBlock value = CodeBlock.of(
                "new $T($L, $L, $L, $L, $L, $L)",
                LINK_ITEM,
                optional(item.id().map(JavaText::literal)),
                JavaText.literal(item.title()),
                JavaText.literal(item.url()),
                optional(item.description().map(InlineCalls::value)),
                list(item.suppressions().stream()
                        .map(CatalogGenerator::suppression)
                        .toList()),
                location(item.location()));
        CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", JavaText.javadoc(item.title()));
        item.description().ifPresent(d -> doc.add("\n<p>$L\n", JavaText.javadoc(d.plainText())));
        doc.add("\n<p><a href=\"$L\">$L</a>\n", JavaText.javadoc(item.url()), JavaText.javadoc(item.url()));
        String urlName = names.claim(name + "_URL", "the URL constant of " + owner);
        FieldSpec url = FieldSpec.builder(String.class, urlName, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The URL of {@link #$L}, as a compile-time constant.\n", name)
                .initializer(JavaText.literal(item.url()))
                .build();
        return new Member(name, LINK_ITEM, value, doc.build(), List.of(url));
    }

    private static CodeBlock cell(Cell cell) {
        if (cell instanceof Cell.Text text) {
            return CodeBlock.of("$T.text($L)", Cell.class, JavaText.literal(text.text()));
        }
        if (cell instanceof Cell.Rich rich) {
            return CodeBlock.of("new $T($L)", Cell.Rich.class, InlineCalls.value(rich.text()));
        }
        return CodeBlock.of(
                "new $T($L)",
                Cell.Links.class,
                list(((Cell.Links) cell)
                        .links().stream().map(CatalogGenerator::link).toList()));
    }

    private static Member row(Row row, JavaNames names) {
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
        List<CodeBlock> cells = row.cells().stream().map(CatalogGenerator::cell).toList();
        CodeBlock value = CodeBlock.builder()
                .add("new $T(\n", ROW)
                .indent()
                .indent()
                .add("$L,\n", optional(row.id().map(JavaText::literal)))
                .add("$L,\n", list(cells))
                .add(
                        "$L,\n",
                        list(row.suppressions().stream()
                                .map(CatalogGenerator::suppression)
                                .toList()))
                .add("$L)", location(row.location()))
                .unindent()
                .unindent()
                .build();
        CodeBlock.Builder doc = CodeBlock.builder().add("Table row $L\n", JavaText.javadoc(row.title()));
        linkList(doc, links);
        return new Member(name, ROW, value, doc.build(), urlConstants(name, row.title(), links, names, owner));
    }

    /**
     * {@code MEDCPT_PAPER_URL}, {@code MEDCPT_CODE_URL}, …: the links as compile-time constants; a link
     * labelled with the owner's own title (a table row's name) is {@code OWNER_URL}.
     */
    private static List<FieldSpec> urlConstants(
            String constant, String title, List<Link> links, JavaNames names, String owner) {
        List<FieldSpec> fields = new ArrayList<>();
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
            fields.add(FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                            "The $L link of {@link #$L}, as a compile-time constant.\n",
                            JavaText.javadoc(link.label()),
                            constant)
                    .initializer(JavaText.literal(link.url()))
                    .build());
        }
        return fields;
    }

    private static void linkList(CodeBlock.Builder doc, List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        doc.add("\n<ul>\n");
        for (Link link : links) {
            doc.add("  <li><a href=\"$L\">$L</a>\n", JavaText.javadoc(link.url()), JavaText.javadoc(link.label()));
        }
        doc.add("</ul>\n");
    }

    /** {@code entry "ripgrep" (ToolsList.java:14)}: an element as a collision message names it. */
    private static String owner(String kind, String title, SourceLocation location) {
        return kind + " \"" + shortText(title) + "\" (" + location + ")";
    }

    /** A title for a message: on one line, at most 80 characters. */
    private static String shortText(String text) {
        String flat = text.strip().replaceAll("\\p{Cntrl}|\\p{Cf}|\\p{Zl}|\\p{Zp}", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 77)) + "...";
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static CodeBlock link(Link link) {
        return CodeBlock.of(
                "new $T($T.$L, $L, $L)",
                Link.class,
                LinkKind.class,
                link.kind().name(),
                JavaText.literal(link.label()),
                JavaText.literal(link.url()));
    }

    private static CodeBlock suppression(Suppression s) {
        return CodeBlock.of(
                "new $T($L, $L, $L)",
                Suppression.class,
                JavaText.literal(s.ruleId()),
                JavaText.literal(s.reason()),
                location(s.location()));
    }

    private static CodeBlock location(SourceLocation location) {
        return location.equals(SourceLocation.UNKNOWN)
                ? CodeBlock.of("$T.UNKNOWN", SourceLocation.class)
                : CodeBlock.of(
                        "new $T($L, $L, $L)",
                        SourceLocation.class,
                        JavaText.literal(location.className()),
                        JavaText.literal(location.fileName()),
                        location.line());
    }

    private static CodeBlock venue(Venue venue) {
        return VenueConstants.of(venue);
    }

    private static CodeBlock optional(Optional<CodeBlock> value) {
        return value.map(v -> CodeBlock.of("$T.of($L)", Optional.class, v))
                .orElse(CodeBlock.of("$T.empty()", Optional.class));
    }

    private static CodeBlock list(List<CodeBlock> elements) {
        return elements.isEmpty()
                ? CodeBlock.of("$T.of()", LIST)
                : CodeBlock.of("$T.of($L)", LIST, CodeBlock.join(elements, ", "));
    }
}
