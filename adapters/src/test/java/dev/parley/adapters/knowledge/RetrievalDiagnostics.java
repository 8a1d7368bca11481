package dev.parley.adapters.knowledge;

import dev.parley.adapters.knowledge.RetrievalEvaluation.Figures;
import dev.parley.adapters.knowledge.RetrievalEvaluation.Outcome;
import dev.parley.adapters.knowledge.RetrievalEvaluation.Question;
import dev.parley.domain.assistant.AnswerGate;
import dev.parley.domain.assistant.AnswerThresholds;
import dev.parley.domain.assistant.Hit;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link RetrievalBenchmark} prints on request to tune the retrieval: each question's best two entries
 * ({@code --dump}) and the figures over a grid of thresholds ({@code --sweep}).
 */
final class RetrievalDiagnostics {

    private RetrievalDiagnostics() {}

    /** Each question's best two entries: whether the best is right, its coverage, and its lead. */
    static void dump(LuceneKnowledgeIndex index, List<Question> questions, PrintStream out) {
        for (Question question : questions) {
            List<Hit> hits = index.search(question.text(), question.language(), RetrievalEvaluation.PASSAGES_SEARCHED);
            Map<String, Hit> best = new LinkedHashMap<>();
            hits.forEach(hit -> best.putIfAbsent(hit.entry().ref(), hit));
            List<Hit> top = List.copyOf(best.values());
            if (top.isEmpty()) {
                out.printf(
                        "DUMP %s %-6s - %n",
                        question.language().tag(),
                        question.answerable() ? "?" : question.expected().get(0));
                continue;
            }
            Hit first = top.get(0);
            String key = DemoKnowledge.keyOf(first.entry().ref());
            boolean right = question.expected().contains(key);
            double lead = top.size() > 1 ? first.score() / top.get(1).score() : 99;
            out.printf(
                    Locale.ROOT,
                    "DUMP %s %-6s %d/%d %.2f lead %.2f  %s | %s -> %s%n",
                    question.language().tag(),
                    question.answerable()
                            ? (right ? "RIGHT" : "wrong")
                            : question.expected().get(0),
                    first.matchedWords(),
                    first.questionWords(),
                    first.coverage(),
                    Math.min(lead, 99),
                    key,
                    question.text(),
                    top.size() > 1
                            ? DemoKnowledge.keyOf(top.get(1).entry().ref())
                                    + String.format(
                                            Locale.ROOT,
                                            " %d/%d",
                                            top.get(1).matchedWords(),
                                            top.get(1).questionWords())
                            : "");
        }
    }

    /** The figures over a grid of thresholds, from the hits of one search per question. */
    static void sweep(LuceneKnowledgeIndex index, List<Question> questions, PrintStream out) {
        Map<Question, List<Hit>> hits = new LinkedHashMap<>();
        for (Question question : questions) {
            hits.put(
                    question,
                    index.search(question.text(), question.language(), RetrievalEvaluation.PASSAGES_SEARCHED));
        }
        record Point(AnswerThresholds thresholds, Figures figures) {}
        List<Point> points = new ArrayList<>();
        for (int coverage = 30; coverage <= 90; coverage += 5) {
            for (int lead = 100; lead <= 200; lead += 5) {
                for (int choice = 30; choice <= coverage; choice += 10) {
                    AnswerThresholds thresholds = new AnswerThresholds(coverage / 100.0, lead / 100.0, choice / 100.0);
                    AnswerGate gate = new AnswerGate(thresholds);
                    List<Outcome> outcomes = hits.entrySet().stream()
                            .map(entry -> new Outcome(entry.getKey(), gate.decide(entry.getValue())))
                            .toList();
                    points.add(new Point(thresholds, Figures.of(outcomes)));
                }
            }
        }
        points.sort(Comparator.comparingDouble((Point point) -> point.figures().confidentWrongRate())
                .thenComparing(Comparator.comparingDouble(
                                (Point point) -> point.figures().accuracyAt1())
                        .reversed())
                .thenComparing(Comparator.comparingDouble(
                                (Point point) -> point.figures().noAnswerRecall())
                        .reversed()));
        out.println(
                "Threshold sweep: the best accuracy@1 at each rate of confident wrong answers (and no-answer recall");
        out.println("breaking ties), i.e. what a stricter gate costs:");
        out.printf(
                "%8s %6s %7s %10s %9s %9s %8s %8s%n",
                "coverage", "lead", "choice", "conf.wrong", "acc@1", "choices+", "recall", "person!");
        List<Point> frontier = new ArrayList<>();
        for (Point point : points) {
            if (frontier.isEmpty()
                    || point.figures().accuracyAt1()
                            > frontier.get(frontier.size() - 1).figures().accuracyAt1()) {
                frontier.add(point);
            }
        }
        frontier.stream()
                .forEach(point -> out.printf(
                        Locale.ROOT,
                        "%8.2f %6.2f %7.2f %9.1f%% %8.1f%% %8.1f%% %7.1f%% %8d%n",
                        point.thresholds().minimumCoverage(),
                        point.thresholds().minimumLead(),
                        point.thresholds().minimumChoiceCoverage(),
                        point.figures().confidentWrongRate() * 100,
                        point.figures().accuracyAt1() * 100,
                        point.figures().choicesWithRightShare() * 100,
                        point.figures().noAnswerRecall() * 100,
                        point.figures().personAnswered()));
        out.println();
    }
}
