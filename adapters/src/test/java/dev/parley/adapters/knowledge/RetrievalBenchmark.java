package dev.parley.adapters.knowledge;

import dev.parley.adapters.knowledge.RetrievalEvaluation.Figures;
import dev.parley.adapters.knowledge.RetrievalEvaluation.Outcome;
import dev.parley.adapters.knowledge.RetrievalEvaluation.Question;
import dev.parley.adapters.knowledge.RetrievalEvaluation.Verdict;
import dev.parley.application.assistant.KnowledgeAnswerService;
import dev.parley.application.assistant.port.out.LoadKnowledgePort;
import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerThresholds;
import dev.parley.domain.assistant.Hit;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import dev.parley.domain.assistant.SmallTalk;
import dev.parley.domain.assistant.Source;
import dev.parley.domain.shared.Language;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Prints the retrieval's figures (docs/assistant.md, "Retrieval"): its decisions on the evaluation set over the demo
 * store's knowledge with the given thresholds (Parley's default unless told), how long a search takes with that
 * knowledge and with a synthetic corpus of 2,000 passages, and how long building the index takes. Run by
 * bench/ai-eval/run.
 *
 * <pre>
 *   RetrievalBenchmark [--thresholds coverage,lead,choiceCoverage] [--verbose] [--sweep]
 * </pre>
 *
 * {@code --verbose} lists every question that was not answered right; {@code --sweep} prints the figures over a grid
 * of thresholds, which is how the default was chosen.
 */
public final class RetrievalBenchmark {

    private static final int SYNTHETIC_PASSAGES = 2_000;
    private static final int ROUNDS = 20;
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private RetrievalBenchmark() {}

    public static void main(String[] args) {
        List<String> options = Arrays.asList(args);
        AnswerThresholds thresholds = thresholds(options);
        List<KnowledgeEntry> demo = DemoKnowledge.entries();
        boolean heldOut = options.contains("--held-out");
        List<Question> questions = RetrievalEvaluation.questions().stream()
                .filter(question -> question.heldOut() == heldOut)
                .toList();

        LuceneKnowledgeIndex index = new LuceneKnowledgeIndex();
        long coldBuild = timed(() -> index.replace(demo));
        int demoPassages = index.passages();
        KnowledgeAnswerService service = new KnowledgeAnswerService(fixed(demo), index);
        List<Outcome> outcomes = RetrievalEvaluation.evaluate(
                questions, question -> service.ask(question.text(), question.language(), thresholds));

        OUT.printf(
                "Parley retrieval evaluation: demo store, %d FAQs and %d articles in %d passages; %d questions%n",
                demo.stream().filter(entry -> entry.kind() == KnowledgeKind.FAQ).count(),
                demo.stream()
                        .filter(entry -> entry.kind() == KnowledgeKind.ARTICLE)
                        .count(),
                demoPassages,
                questions.size());
        OUT.printf(
                Locale.ROOT,
                "thresholds: coverage >= %.2f, lead >= %.2f, choice coverage >= %.2f%n%n",
                thresholds.minimumCoverage(),
                thresholds.minimumLead(),
                thresholds.minimumChoiceCoverage());
        printFigures(outcomes);
        printRanking(index, questions);
        if (options.contains("--verbose")) {
            printMisses(outcomes);
        }
        if (options.contains("--dump")) {
            RetrievalDiagnostics.dump(index, questions, OUT);
        }
        if (options.contains("--sweep")) {
            RetrievalDiagnostics.sweep(index, questions, OUT);
        }
        if (!options.contains("--no-latency")) {
            printLatency(index, demo, demoPassages, questions, coldBuild);
        }
    }

    private static AnswerThresholds thresholds(List<String> options) {
        int given = options.indexOf("--thresholds");
        if (given < 0) {
            return AnswerThresholds.DEFAULT;
        }
        double[] values = Arrays.stream(options.get(given + 1).split(",", -1))
                .mapToDouble(Double::parseDouble)
                .toArray();
        return new AnswerThresholds(values[0], values[1], values[2]);
    }

    private static void printFigures(List<Outcome> outcomes) {
        Figures en = Figures.of(only(outcomes, Language.ENGLISH));
        Figures pl = Figures.of(only(outcomes, Language.POLISH));
        Figures all = Figures.of(outcomes);
        OUT.printf("%-46s %9s %9s %9s%n", "", "English", "Polish", "all");
        row("questions with an answer", en.answerable(), pl.answerable(), all.answerable());
        row("  accuracy@1 (answered from a right entry)", en.accuracyAt1(), pl.accuracyAt1(), all.accuracyAt1());
        row(
                "  choices including a right entry",
                en.choicesWithRightShare(),
                pl.choicesWithRightShare(),
                all.choicesWithRightShare());
        row(
                "  choices without a right entry",
                en.choicesWithoutRight(),
                pl.choicesWithoutRight(),
                all.choicesWithoutRight());
        row("  no answer (handed off)", en.missed(), pl.missed(), all.missed());
        row("  answered from a wrong entry", en.wrong(), pl.wrong(), all.wrong());
        row("questions nothing answers (off-topic)", en.none(), pl.none(), all.none());
        row("  no answer: recall", en.noAnswerRecall(), pl.noAnswerRecall(), all.noAnswerRecall());
        row("  choices offered", en.noneChoices(), pl.noneChoices(), all.noneChoices());
        row("  answered", en.noneAnswered(), pl.noneAnswered(), all.noneAnswered());
        row("no answer: precision", en.noAnswerPrecision(), pl.noAnswerPrecision(), all.noAnswerPrecision());
        row(
                "confident wrong answers (of both sets)",
                en.confidentWrongRate(),
                pl.confidentWrongRate(),
                all.confidentWrongRate());
        // What the visitor is shown: a greeting, thanks or goodbye gets a reply in kind, never a search's answer.
        List<Outcome> shown = outcomes.stream()
                .map(outcome -> SmallTalk.of(outcome.question().text()).isPresent()
                        ? new Outcome(outcome.question(), Answer.none("A reply in kind, not a search."))
                        : outcome)
                .toList();
        row(
                "  as the agent replies (small talk in kind)",
                Figures.of(only(shown, Language.ENGLISH)).confidentWrongRate(),
                Figures.of(only(shown, Language.POLISH)).confidentWrongRate(),
                Figures.of(shown).confidentWrongRate());
        row("asking for a person (keyword trigger first)", en.person(), pl.person(), all.person());
        row("  no answer", en.personNoAnswer(), pl.personNoAnswer(), all.personNoAnswer());
        row("  choices offered", en.personChoices(), pl.personChoices(), all.personChoices());
        row("  answered", en.personAnswered(), pl.personAnswered(), all.personAnswered());
        OUT.println();
    }

    /**
     * How often the search ranks a right entry first, before the gate decides whether that is sure enough to answer:
     * what the search finds, apart from what the gate dares.
     */
    private static void printRanking(LuceneKnowledgeIndex index, List<Question> questions) {
        double[] shares = new double[3];
        List<List<Question>> groups =
                List.of(inLanguage(questions, Language.ENGLISH), inLanguage(questions, Language.POLISH), questions);
        for (int i = 0; i < shares.length; i++) {
            List<Question> group = answerable(groups.get(i));
            long first = group.stream()
                    .filter(question ->
                            index
                                    .search(question.text(), question.language(), RetrievalEvaluation.PASSAGES_SEARCHED)
                                    .stream()
                                    .max(Comparator.comparingDouble(Hit::score))
                                    .map(hit -> question.expected()
                                            .contains(DemoKnowledge.keyOf(
                                                    hit.entry().ref())))
                                    .orElse(false))
                    .count();
            shares[i] = group.isEmpty() ? 0 : (double) first / group.size();
        }
        row("ranked first by the search, before the gate", shares[0], shares[1], shares[2]);
        OUT.println();
    }

    private static List<Question> inLanguage(List<Question> questions, Language language) {
        return questions.stream()
                .filter(question -> question.language() == language)
                .toList();
    }

    private static List<Question> answerable(List<Question> questions) {
        return questions.stream().filter(Question::answerable).toList();
    }

    private static void printMisses(List<Outcome> outcomes) {
        OUT.println("Questions not answered right:");
        for (Outcome outcome : outcomes) {
            Verdict verdict = outcome.verdict();
            boolean fine =
                    verdict == Verdict.RIGHT || (!outcome.question().answerable() && verdict == Verdict.NO_ANSWER);
            if (fine) {
                continue;
            }
            Answer answer = outcome.answer();
            OUT.printf(
                    Locale.ROOT,
                    "  [%s] %-22s %s%n      expected %s; got %s %s (confidence %.2f)%n      %s%n",
                    outcome.question().language().tag(),
                    verdict,
                    outcome.question().text(),
                    outcome.question().expected(),
                    answer.kind(),
                    answer.sources().stream()
                            .map(Source::ref)
                            .map(DemoKnowledge::keyOf)
                            .toList(),
                    answer.confidence(),
                    answer.why());
        }
        OUT.println();
    }

    private static void printLatency(
            LuceneKnowledgeIndex index,
            List<KnowledgeEntry> demo,
            int demoPassages,
            List<Question> questions,
            long coldBuild) {
        long[] warmBuilds = new long[5];
        for (int i = 0; i < warmBuilds.length; i++) {
            warmBuilds[i] = timed(() -> index.replace(demo));
        }
        long[] demoSearches = searches(index, questions);
        List<KnowledgeEntry> corpus = new ArrayList<>(demo);
        corpus.addAll(synthetic(SYNTHETIC_PASSAGES, demo));
        long[] corpusBuilds = new long[3];
        for (int i = 0; i < corpusBuilds.length; i++) {
            corpusBuilds[i] = timed(() -> index.replace(corpus));
        }
        int corpusPassages = index.passages();
        long[] corpusSearches = searches(index, questions);
        OUT.printf(
                "Search (%d passages asked for, %d rounds of the %d questions, one thread):%n",
                RetrievalEvaluation.PASSAGES_SEARCHED, ROUNDS, questions.size());
        OUT.printf(
                Locale.ROOT,
                "  demo store, %5d passages: p50 %6.2f ms, p95 %6.2f ms, max %6.2f ms%n",
                demoPassages,
                millis(percentile(demoSearches, 50)),
                millis(percentile(demoSearches, 95)),
                millis(percentile(demoSearches, 100)));
        OUT.printf(
                Locale.ROOT,
                "  demo + synthetic, %5d passages: p50 %6.2f ms, p95 %6.2f ms, max %6.2f ms%n",
                corpusPassages,
                millis(percentile(corpusSearches, 50)),
                millis(percentile(corpusSearches, 95)),
                millis(percentile(corpusSearches, 100)));
        OUT.printf(
                Locale.ROOT,
                "Index build: demo store %.0f ms (first in this JVM, with loading the analyzers), %.1f ms (median"
                        + " of %d after); %d passages %.0f ms (median of %d)%n",
                millis(coldBuild),
                millis(percentile(warmBuilds, 50)),
                warmBuilds.length,
                corpusPassages,
                millis(percentile(corpusBuilds, 50)),
                corpusBuilds.length);
    }

    private static long[] searches(LuceneKnowledgeIndex index, List<Question> questions) {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            for (Question question : questions) {
                index.search(question.text(), question.language(), RetrievalEvaluation.PASSAGES_SEARCHED);
            }
        }
        long[] nanos = new long[ROUNDS * questions.size()];
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (Question question : questions) {
                long started = System.nanoTime();
                index.search(question.text(), question.language(), RetrievalEvaluation.PASSAGES_SEARCHED);
                nanos[i++] = System.nanoTime() - started;
            }
        }
        return nanos;
    }

    /**
     * Articles of made-up text in both languages, eight sections of about 500 characters each, in words drawn from the
     * demo store's own vocabulary (the common ones more often), so that the questions' words occur in many passages.
     */
    static List<KnowledgeEntry> synthetic(int passages, List<KnowledgeEntry> demo) {
        Random random = new Random(20261206);
        Map<Language, List<String>> vocabulary = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            vocabulary.put(
                    language,
                    demo.stream()
                            .filter(entry -> entry.language().equals(Optional.of(language)))
                            .flatMap(entry ->
                                    Arrays.stream((entry.title() + " " + entry.body()).split("[^\\p{L}]+", -1)))
                            .filter(word -> word.length() > 2)
                            .map(word -> word.toLowerCase(Locale.ROOT))
                            .collect(Collectors.toList()));
        }
        List<KnowledgeEntry> articles = new ArrayList<>();
        int sections = 8;
        List<Language> languages = List.copyOf(vocabulary.keySet());
        for (int article = 0; article * sections < passages; article++) {
            Language language = languages.get(article % languages.size());
            List<String> words = vocabulary.get(language);
            StringBuilder body = new StringBuilder();
            for (int section = 0; section < sections; section++) {
                body.append("# ").append(phrase(words, random, 3)).append('\n');
                StringBuilder text = new StringBuilder();
                while (text.length() < 480) {
                    String sentence = phrase(words, random, 6 + random.nextInt(10));
                    text.append(Character.toUpperCase(sentence.charAt(0)))
                            .append(sentence.substring(1))
                            .append(". ");
                }
                body.append(text.toString().strip()).append("\n\n");
            }
            articles.add(new KnowledgeEntry(
                    KnowledgeKind.ARTICLE,
                    "synthetic/" + article,
                    Optional.of(language),
                    phrase(words, random, 4),
                    List.of(),
                    body.toString(),
                    Optional.of("https://shop.parley.dev/synthetic/" + article)));
        }
        return articles;
    }

    private static String phrase(List<String> words, Random random, int length) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // The square of a uniform draw favours the start of the list, where the most common words come first.
            double draw = random.nextDouble();
            phrase.append(i == 0 ? "" : " ").append(words.get((int) (draw * draw * words.size())));
        }
        return phrase.toString();
    }

    private static LoadKnowledgePort fixed(List<KnowledgeEntry> entries) {
        return new LoadKnowledgePort() {
            @Override
            public List<KnowledgeEntry> published() {
                return entries;
            }

            @Override
            public String fingerprint() {
                return "demo";
            }
        };
    }

    private static List<Outcome> only(List<Outcome> outcomes, Language language) {
        Predicate<Outcome> in = outcome -> outcome.question().language() == language;
        return outcomes.stream().filter(in).toList();
    }

    private static void row(String label, int en, int pl, int all) {
        OUT.printf("%-46s %9d %9d %9d%n", label, en, pl, all);
    }

    private static void row(String label, double en, double pl, double all) {
        OUT.printf(Locale.ROOT, "%-46s %8.1f%% %8.1f%% %8.1f%%%n", label, en * 100, pl * 100, all * 100);
    }

    private static long timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    private static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
