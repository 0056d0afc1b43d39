package io.github.awesomedsl.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.github.awesomedsl.validate.rules.UrlSyntaxRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Compile-time checks of list classes (marked {@code @Awesome}), so that an IDE or javac flags a bad
 * literal at its position before any build runs the list:
 *
 * <ul>
 *   <li>a string literal passed as a URL to the DSL ({@code .url(…)}, {@code .paper(…)},
 *       {@code .link(label, …)}, {@code cell(text, …)}, {@code linkItem(title, …)}, {@code Link.code(…)}, …)
 *       that is not an absolute http(s) URL with a host and without spaces: an <b>error</b>;
 *   <li>a {@code .year(…)} literal outside 1900..next year: an <b>error</b>.
 * </ul>
 *
 * <p>Repeated URLs are left to the plugin's {@code duplicate-url} rule, which sees every form of a URL,
 * honours suppressions on an element and its sections, and reports at the same line: a second warning
 * from here, blind to those, would only repeat it (or contradict a suppression).
 *
 * <p>Calls are recognised by name and arity: the checks need no type attribution, so they run in
 * javac's annotation-processing round. Registered through {@code META-INF/services}, with no dependency
 * beyond the JDK's compiler tree API; in a compiler without that API (e.g. Eclipse's) it stays silent.
 */
@SupportedAnnotationTypes("io.github.awesomedsl.dsl.Awesome")
public final class AwesomeListProcessor extends AbstractProcessor {

    /** Method name → index of its URL argument, for the given number of arguments. */
    /**
     * The DSL calls that take a URL, by name: arity to the URL's position. The one-URL shortcuts are the
     * link kinds' names ({@code .paper(…)}, {@code .code(…)}, …, {@code .url(…)} for the project), read from
     * {@link io.github.awesomedsl.model.LinkKind}, so a new kind is checked without a change here.
     */
    private static final Map<String, Map<Integer, Integer>> URL_ARGUMENTS = urlArguments();

    private static Map<String, Map<Integer, Integer>> urlArguments() {
        Map<String, Map<Integer, Integer>> calls = new HashMap<>();
        for (io.github.awesomedsl.model.LinkKind kind : io.github.awesomedsl.model.LinkKind.values()) {
            if (kind != io.github.awesomedsl.model.LinkKind.CUSTOM) {
                calls.put(kind.name().toLowerCase(java.util.Locale.ROOT), Map.of(1, 0));
            }
        }
        calls.put("url", Map.of(1, 0));
        calls.put("homepage", Map.of(1, 0));
        calls.put("link", Map.of(2, 1));
        calls.put("linkItem", Map.of(2, 1));
        calls.put("cell", Map.of(2, 1));
        return Map.copyOf(calls);
    }

    private static final Set<String> LINK_FACTORIES = Set.of("custom", "of");

    /** The identifier calls ({@code arxiv("…")}, {@code doi("…")}, …), whose literals are checked here. */
    private static final Map<String, io.github.awesomedsl.model.PaperId.Scheme> PAPER_IDS = paperIds();

    private static Map<String, io.github.awesomedsl.model.PaperId.Scheme> paperIds() {
        Map<String, io.github.awesomedsl.model.PaperId.Scheme> calls = new HashMap<>();
        for (io.github.awesomedsl.model.PaperId.Scheme scheme : io.github.awesomedsl.model.PaperId.Scheme.values()) {
            calls.put(scheme.dslName(), scheme);
        }
        return Map.copyOf(calls);
    }

    private Trees trees;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        try {
            trees = Trees.instance(environment);
        } catch (IllegalArgumentException notJavac) {
            trees = null; // another compiler: the build's validation still checks everything
        }
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (trees == null) {
            return false;
        }
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                TreePath path = trees.getPath(element);
                if (path != null) {
                    new LiteralChecks(path.getCompilationUnit()).scan(path, null);
                }
            }
        }
        return false;
    }

    /** Walks one list class and reports its bad literals. */
    private final class LiteralChecks extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;

        LiteralChecks(CompilationUnitTree unit) {
            this.unit = unit;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            String name = methodName(call.getMethodSelect());
            List<? extends ExpressionTree> arguments = call.getArguments();
            Integer urlIndex = URL_ARGUMENTS.getOrDefault(name, Map.of()).get(arguments.size());
            if (urlIndex == null && LINK_FACTORIES.contains(name) && arguments.size() == 2 && isLinkClass(call)) {
                urlIndex = 1; // Link.custom(label, url), Link.of(kind, url)
            }
            if (urlIndex != null
                    && arguments.get(urlIndex) instanceof LiteralTree literal
                    && literal.getKind() == Tree.Kind.STRING_LITERAL) {
                checkUrl(literal);
            }
            if (PAPER_IDS.containsKey(name)
                    && arguments.size() == 1
                    && arguments.get(0) instanceof LiteralTree literal
                    && literal.getKind() == Tree.Kind.STRING_LITERAL) {
                io.github.awesomedsl.model.PaperId.Scheme scheme = PAPER_IDS.get(name);
                String id = io.github.awesomedsl.model.PaperId.normalise(scheme, (String) literal.getValue());
                io.github.awesomedsl.model.PaperId.problem(scheme, id)
                        .ifPresent(problem ->
                                report(Diagnostic.Kind.ERROR, problem + " (awesome-dsl " + name + ")", literal));
            }
            if (name.equals("year")
                    && arguments.size() == 1
                    && arguments.get(0) instanceof LiteralTree literal
                    && literal.getKind() == Tree.Kind.INT_LITERAL) {
                int year = (Integer) literal.getValue();
                if (!io.github.awesomedsl.model.Years.isValid(year)) {
                    report(Diagnostic.Kind.ERROR, io.github.awesomedsl.model.Years.problem(year), literal);
                }
            }
            return super.visitMethodInvocation(call, unused);
        }

        private void checkUrl(LiteralTree literal) {
            String url = (String) literal.getValue();
            String problem = UrlSyntaxRule.problem(url);
            if (problem != null) {
                report(Diagnostic.Kind.ERROR, problem + " (awesome-dsl url-syntax)", literal);
            }
        }

        private boolean isLinkClass(MethodInvocationTree call) {
            return call.getMethodSelect() instanceof MemberSelectTree select
                    && select.getExpression().toString().endsWith("Link");
        }

        private void report(Diagnostic.Kind kind, String message, Tree at) {
            trees.printMessage(kind, message, at, unit);
        }
    }

    private static String methodName(ExpressionTree select) {
        if (select instanceof MemberSelectTree member) {
            return member.getIdentifier().toString();
        }
        if (select instanceof IdentifierTree identifier) {
            return identifier.getName().toString();
        }
        return "";
    }
}
