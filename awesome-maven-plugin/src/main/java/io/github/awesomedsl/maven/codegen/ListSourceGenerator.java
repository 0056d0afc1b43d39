package io.github.awesomedsl.maven.codegen;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes a list as DSL source: the class {@code awesome:import} produces from a README. One method per
 * section (entries as statements, in methods of {@value #CHUNK} so none grows past the JVM's limit),
 * the same DSL calls a person would write, so the result is ordinary, editable code.
 *
 * <p>The README is untrusted: its text reaches the source only as string literals and escaped javadoc
 * ({@link JavaText}), and a section's method name never shadows a DSL method or one of {@code Object}'s.
 */
public final class ListSourceGenerator {

  static final int CHUNK = 400;

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
          java.util.Arrays.stream(AwesomeDsl.class.getMethods()), java.util.Arrays.stream(Object.class.getMethods()))
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
    MethodSpec.Builder define = MethodSpec.methodBuilder("define")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(AwesomeList.class)
        .addStatement("$T list = list($L)", AwesomeList.Builder.class, JavaText.literal(list.title()));
    for (Badge badge : list.badges()) {
      define.addStatement("list.badge($L)", badge.equals(Badge.AWESOME) ? CodeBlock.of("$T.AWESOME", Badge.class)
          : CodeBlock.of("$T.of($L, $L, $L)", Badge.class, JavaText.literal(badge.altText()),
              JavaText.literal(badge.imageUrl()), JavaText.literal(badge.targetUrl())));
    }
    for (Paragraph paragraph : list.description()) {
      define.addStatement("list.description($L)", inlines(paragraph));
    }
    for (Section section : list.sections()) {
      define.addStatement("list.section($N())", section(section));
    }
    for (Paragraph paragraph : list.contributing()) {
      define.addStatement("list.contributing($L)", inlines(paragraph));
    }
    for (Paragraph paragraph : list.license()) {
      define.addStatement("list.license($L)", inlines(paragraph));
    }
    define.addStatement("return list.build()");
    TypeSpec source = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Awesome.class)
        .addSuperinterface(AwesomeListSource.class)
        .addJavadoc("\"$L\", imported by awesome:import from $L.\n", JavaText.javadoc(list.title()),
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

  /** The method building {@code section} (and its helpers); returns its name. */
  private String section(Section section) {
    String name = methodName(section.title());
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(SECTION_BUILDER)
        .addStatement("$T section = section($L)", SECTION_BUILDER, JavaText.literal(section.title()));
    if (section.groupByYear()) {
      method.addStatement("section.groupByYear()");
    }
    section.placeholder().ifPresent(p -> method.addStatement("section.placeholder($L)", JavaText.literal(p)));
    for (Paragraph paragraph : section.intro()) {
      method.addStatement("section.intro($L)", inlines(paragraph));
    }
    List<Item> items = section.items();
    for (int from = 0; from < items.size(); from += CHUNK) {
      List<Item> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
      MethodSpec.Builder target = method;
      if (items.size() > CHUNK) {
        String helper = methodName(section.title() + " items " + (from / CHUNK + 1));
        target = MethodSpec.methodBuilder(helper).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(SECTION_BUILDER, "section");
        method.addStatement("$N(section)", helper);
      }
      for (Item item : chunk) {
        target.addStatement("section.$L($L)", item instanceof Entry ? "entry" : "link", item(item));
      }
      if (target != method) {
        methods.add(target.build());
      }
    }
    for (Table table : section.tables()) {
      CodeBlock columns = CodeBlock.join(table.columns().stream().map(ListSourceGenerator::column).toList(), ", ");
      method.addStatement("$T table = table($L)", TABLE_BUILDER, columns);
      for (Row row : table.rows()) {
        method.addStatement("table.row($L)", CodeBlock.join(row.cells().stream().map(ListSourceGenerator::cell).toList(), ", "));
      }
      method.addStatement("section.table(table)");
    }
    for (Section subsection : section.subsections()) {
      method.addStatement("section.section($N())", section(subsection));
    }
    method.addStatement("return section");
    methods.add(method.build());
    return name;
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
    if (item instanceof LinkItem link) {
      CodeBlock.Builder code = CodeBlock.builder().add("linkItem($L, $L)", JavaText.literal(link.title()), JavaText.literal(link.url()));
      link.description().ifPresent(d -> code.add(".description($L)", description(d)));
      return code.build();
    }
    Entry entry = (Entry) item;
    CodeBlock.Builder code = CodeBlock.builder().add("entry($L)", JavaText.literal(entry.title()));
    entry.venue().ifPresent(v -> code.add(".venue($L)", VenueConstants.of(v)));
    if (entry.year().isPresent()) {
      code.add(".year($L)", entry.year().getAsInt());
    }
    for (Link link : entry.links()) {
      code.add(link.kind() == LinkKind.CUSTOM || !link.label().equals(link.kind().defaultLabel())
          ? CodeBlock.of(".link($L, $L)", JavaText.literal(link.label()), JavaText.literal(link.url()))
          : CodeBlock.of(".$L($L)", method(link.kind()), JavaText.literal(link.url())));
    }
    entry.description().ifPresent(d -> code.add(".description($L)", description(d)));
    return code.build();
  }

  private static String method(LinkKind kind) {
    return kind == LinkKind.PROJECT ? "url" : kind.name().toLowerCase(Locale.ROOT);
  }

  private static CodeBlock column(Column column) {
    CodeBlock base = CodeBlock.of("column($L)", JavaText.literal(column.name()));
    return switch (column.alignment()) {
      case NONE -> base;
      case LEFT -> CodeBlock.of("$L.left()", base);
      case CENTER -> CodeBlock.of("$L.center()", base);
      case RIGHT -> CodeBlock.of("$L.right()", base);
    };
  }

  private static CodeBlock cell(Cell cell) {
    if (cell instanceof Cell.Text text) {
      return text.text().isEmpty() ? CodeBlock.of("emptyCell()") : CodeBlock.of("cell($L)", JavaText.literal(text.text()));
    }
    List<Link> links = ((Cell.Links) cell).links();
    if (links.size() == 1 && links.get(0).kind() == LinkKind.CUSTOM) {
      return CodeBlock.of("cell($L, $L)", JavaText.literal(links.get(0).label()), JavaText.literal(links.get(0).url()));
    }
    return CodeBlock.of("cell($L)", CodeBlock.join(links.stream()
        .map(l -> CodeBlock.of("new $T($T.$L, $L, $L)", Link.class, LinkKind.class, l.kind().name(), JavaText.literal(l.label()),
            JavaText.literal(l.url())))
        .toList(), ", "));
  }

  private static CodeBlock inlines(Paragraph paragraph) {
    return InlineCalls.chain(paragraph.inlines());
  }

  /** A plain description as a string, a rich one as the DSL's fluent chain. */
  private static CodeBlock description(RichText text) {
    return text.inlines().size() == 1 && text.inlines().get(0) instanceof Inline.Text plain
        ? JavaText.literal(plain.text()) : InlineCalls.chain(text.inlines());
  }

}
