package io.github.awesomedsl.validate;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Predicate;

/**
 * Hands a list's parts to the rules' checks, slice by slice, with the promise {@link Rule.Check} makes:
 * every kind of part in document order, and never two callbacks of one check at once.
 *
 * <p>The checks are gathered in groups: each check alone, but for those that read texts, which share one
 * walk over the texts. The unit of work is one group's delivery of one slice. Workers take the group that
 * lags furthest behind, deliver its next slice, and let go of it, so every group moves through the slices
 * in order, one worker at a time, while the groups together stay within a few slices of each other: a
 * slice is read from the processor's cache by every check. The first worker to need a slice indexes it.
 */
final class CheckRunner {

    private static final int PLANNED = 0;
    private static final int INDEXING = 1;
    private static final int INDEXED = 2;
    private static final int FAILED = 3;

    /** How far ahead of the slice it waits for a worker indexes slices. */
    private static final int LOOKAHEAD = 4;

    private final ListIndex index;
    private final List<ListIndex.Slice> slices;
    private final AtomicIntegerArray states;
    private final List<Group> groups = new ArrayList<>();

    private CheckRunner(ListIndex index, List<Rule.Check> checks) {
        this.index = index;
        this.slices = index.slices();
        this.states = new AtomicIntegerArray(slices.size());
        List<Rule.Check> readers = checks.stream().filter(Group::readsTexts).toList();
        if (!readers.isEmpty()) {
            groups.add(new Group(readers));
        }
        checks.stream()
                .filter(check -> !Group.readsTexts(check))
                .forEach(check -> groups.add(new Group(List.of(check))));
    }

    /**
     * Delivers every slice of {@code index} (planned, not yet indexed) to {@code checks} on up to
     * {@code workers} threads (the caller's and the common pool's), then joins the index.
     */
    static void run(ListIndex index, List<Rule.Check> checks, int workers) {
        CheckRunner runner = new CheckRunner(index, checks);
        int helpers = Math.min(workers, runner.groups.size()) - 1;
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            tasks.add(ForkJoinPool.commonPool().submit(runner::work));
        }
        try {
            runner.work();
        } finally {
            tasks.forEach(ForkJoinTask::join); // rethrows what a helper threw
        }
        for (int s = 0; s < runner.slices.size(); s++) {
            runner.indexed(s); // without checks (every rule off), nothing has indexed them yet
        }
        index.join();
    }

    /** How many workers a large list is checked with. */
    static int workers() {
        return Math.max(
                1, Math.min(Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism() + 1));
    }

    private void work() {
        for (Group group; (group = claim()) != null; ) {
            int s = group.next;
            try {
                group.deliver(indexed(s), index);
                group.next = s + 1;
            } finally {
                group.busy.set(false);
            }
        }
    }

    /**
     * The group furthest behind that no other worker holds, held now; null when each group has delivered
     * every slice or is held by another worker, which goes on with it.
     */
    private Group claim() {
        while (true) {
            Group behind = null;
            for (Group group : groups) {
                int next = group.next;
                if (next < slices.size() && !group.busy.get() && (behind == null || next < behind.next)) {
                    behind = group;
                }
            }
            if (behind == null) {
                return null;
            }
            if (behind.busy.compareAndSet(false, true)) {
                if (behind.next < slices.size()) {
                    return behind;
                }
                behind.busy.set(false); // another worker delivered its last slice meanwhile
            }
        }
    }

    /**
     * Slice {@code s}, indexed by this worker unless another does it or did it. While another worker
     * indexes it, this one indexes the slices after it rather than wait.
     */
    private ListIndex.Slice indexed(int s) {
        ListIndex.Slice slice = slices.get(s);
        if (states.get(s) == INDEXED || indexNow(s)) {
            return slice;
        }
        for (int state; (state = states.get(s)) != INDEXED; ) {
            if (state == FAILED) {
                throw new IllegalStateException("indexing " + slice + " failed on another thread");
            }
            if (!indexAhead(s + 1)) {
                Thread.onSpinWait(); // a few microseconds
            }
        }
        return slice;
    }

    /** Indexes one of the few slices from {@code from} on that nobody has begun; whether there was one. */
    private boolean indexAhead(int from) {
        for (int t = from; t < Math.min(slices.size(), from + LOOKAHEAD); t++) {
            if (states.get(t) == PLANNED && indexNow(t)) {
                return true;
            }
        }
        return false;
    }

    /** Indexes slice {@code s} if nobody has begun it; whether this worker did. */
    private boolean indexNow(int s) {
        if (!states.compareAndSet(s, PLANNED, INDEXING)) {
            return false;
        }
        boolean done = false;
        try {
            slices.get(s).index();
            done = true;
        } finally {
            states.set(s, done ? INDEXED : FAILED);
        }
        return true;
    }

    /** Checks that get their parts together, and how far they are. */
    private static final class Group {
        private final Rule.Check[] sections;
        private final Rule.Check[] items;
        private final Rule.Check[] tables;
        private final Rule.Check[] rows;
        private final Rule.Check[] urls;
        private final Rule.Check[] texts;
        private final ListIndex.TextVisitor textVisitor;
        /** Held by the worker delivering a slice to the group. */
        private final AtomicBoolean busy = new AtomicBoolean();
        /** The next slice to deliver; written by the worker holding the group. */
        private volatile int next;
        /** The number of the next slice's first URL in the whole list. */
        private int nextUrl;

        Group(List<Rule.Check> checks) {
            sections = reading(checks, "section", ListIndex.SectionRef.class);
            items = reading(checks, "item", ListIndex.ItemRef.class);
            tables = reading(checks, "table", ListIndex.TableRef.class);
            rows = reading(checks, "row", ListIndex.RowRef.class);
            urls = reading(checks, "url", int.class, String.class, ListIndex.Element.class);
            texts = checks.stream().filter(Group::readsTexts).toArray(Rule.Check[]::new);
            Rule.Check[] readers = texts;
            textVisitor = readers.length == 1
                    ? readers[0]::text
                    : (text, field, element) -> {
                        for (Rule.Check check : readers) {
                            check.text(text, field, element);
                        }
                    };
        }

        static boolean readsTexts(Rule.Check check) {
            return overrides(check, "text", String.class, String.class, ListIndex.Element.class);
        }

        private static Rule.Check[] reading(List<Rule.Check> checks, String callback, Class<?>... parameters) {
            Predicate<Rule.Check> reads = check -> overrides(check, callback, parameters);
            return checks.stream().filter(reads).toArray(Rule.Check[]::new);
        }

        /** Whether {@code check}'s class overrides the callback, which is then worth calling. */
        private static boolean overrides(Rule.Check check, String callback, Class<?>... parameters) {
            try {
                Method method = check.getClass().getMethod(callback, parameters);
                return method.getDeclaringClass() != Rule.Check.class;
            } catch (NoSuchMethodException e) {
                throw new AssertionError("Rule.Check declares " + callback, e);
            }
        }

        void deliver(ListIndex.Slice slice, ListIndex index) {
            for (Rule.Check check : sections) {
                for (ListIndex.SectionRef section : slice.sections()) {
                    check.section(section);
                }
            }
            for (Rule.Check check : items) {
                for (ListIndex.ItemRef item : slice.items()) {
                    check.item(item);
                }
            }
            for (Rule.Check check : tables) {
                for (ListIndex.TableRef table : slice.tables()) {
                    check.table(table);
                }
            }
            for (Rule.Check check : rows) {
                for (ListIndex.RowRef row : slice.rows()) {
                    check.row(row);
                }
            }
            for (Rule.Check check : urls) {
                for (int k = 0; k < slice.urlCount(); k++) {
                    check.url(nextUrl + k, slice.url(k), slice.urlElement(k));
                }
            }
            nextUrl += slice.urlCount();
            if (texts.length > 0) {
                index.forEachText(slice, textVisitor);
            }
        }
    }
}
