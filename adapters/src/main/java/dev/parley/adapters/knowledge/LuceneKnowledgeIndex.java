package dev.parley.adapters.knowledge;

import dev.parley.adapters.knowledge.Passages.Passage;
import dev.parley.adapters.knowledge.TextAnalysis.Word;
import dev.parley.application.assistant.port.out.KnowledgeIndexPort;
import dev.parley.domain.assistant.Hit;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The store's published knowledge in an in-memory Lucene index, one document per passage ({@link Passages}). Each
 * language has its own fields, analyzed its own way ({@link TextAnalysis}); an entry written in one language is
 * indexed in that language's fields, an entry for every language in all of them. A question is searched in the
 * visitor's language, or, when the store has nothing in it, in the language it has.
 *
 * <p>Each word of a question is looked for, by any of its forms, in an FAQ's question and phrasings (weighted {@value
 * #QUESTION_WEIGHT}), in an article's title and headings ({@value #TITLE_WEIGHT}) and in the text (1), counting the
 * best of these and a little of the others (BM25). A word found nowhere in the store's knowledge in that language is
 * taken for a typo of the nearest word that is, if one is a letter or two away. The passages are then ranked by their
 * score times the square of their coverage (the share of the question's words they contain anywhere), so that a
 * passage that answers the whole question comes before one that repeats a part of it; each hit carries that coverage,
 * on which the gate decides.
 *
 * <p>{@link #replace} builds a whole new index beside the current one and swaps it in at once; searches run
 * concurrently, each on the index that was current when it started, which is closed when its last search ends.
 */
@ApplicationScoped
public class LuceneKnowledgeIndex implements KnowledgeIndexPort {

    static final float QUESTION_WEIGHT = 3;
    static final float TITLE_WEIGHT = 2;

    /** The weight of a question's words without a topic found in an FAQ's question or phrasings. */
    static final float PHRASING_WEIGHT = 1;

    /** How much a word's matches in its other fields add to its best one. */
    static final float OTHER_FIELDS = 0.1f;

    /** The most words of one question searched for; a longer question is covered by the share of all its words. */
    static final int MOST_WORDS_SEARCHED = 64;

    /** How many passages are ranked again by their coverage before the best are returned. */
    static final int CANDIDATES = 40;

    /**
     * The power of a passage's coverage its score is multiplied by: 2 ranks a passage with all of the question's words
     * well above one with half of them, whatever BM25 makes of how often they occur.
     */
    static final double COVERAGE_POWER = 2;

    private static final String PASSAGE = "passage";

    private final TextAnalysis analysis = new TextAnalysis();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    public LuceneKnowledgeIndex() {
        current.set(build(List.of()));
    }

    @Override
    public void replace(List<KnowledgeEntry> entries) {
        Snapshot next = build(List.copyOf(entries));
        current.getAndSet(next).retire();
    }

    @Override
    public List<Hit> search(String question, Language language, int limit) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        if (limit < 1) {
            return List.of();
        }
        Snapshot snapshot = acquire();
        try {
            Optional<Language> searched = snapshot.searchedIn(language);
            if (searched.isEmpty()) {
                return List.of();
            }
            return snapshot.search(question, searched.get(), limit);
        } catch (IOException e) {
            throw new UncheckedIOException("The knowledge index in memory could not be searched", e);
        } finally {
            snapshot.release();
        }
    }

    /** How many passages the index holds now. */
    int passages() {
        Snapshot snapshot = acquire();
        try {
            return snapshot.passages.size();
        } finally {
            snapshot.release();
        }
    }

    private Snapshot acquire() {
        while (true) {
            Snapshot snapshot = current.get();
            if (snapshot.reader.tryIncRef()) {
                return snapshot;
            }
        }
    }

    private Snapshot build(List<KnowledgeEntry> entries) {
        Map<String, Analyzer> byField = new HashMap<>();
        for (Language language : Language.values()) {
            Fields fields = Fields.of(language);
            for (String field : List.of(fields.question, fields.title, fields.text)) {
                byField.put(field, analysis.analyzer(language));
            }
            byField.put(fields.phrasing, analysis.everyWord(language));
        }
        Analyzer analyzer = new PerFieldAnalyzerWrapper(analysis.analyzer(Language.ENGLISH), byField);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Passage> passages = new ArrayList<>();
        List<Map<Language, Contents>> forms = new ArrayList<>();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (KnowledgeEntry entry : entries) {
                    List<Language> languages = entry.language().map(List::of).orElse(List.of(Language.values()));
                    for (Passage passage : Passages.of(entry)) {
                        Document document = new Document();
                        document.add(new StoredField(PASSAGE, passages.size()));
                        Map<Language, Contents> passageForms = new EnumMap<>(Language.class);
                        for (Language language : languages) {
                            add(document, Fields.of(language), passage);
                            String headline = String.join("\n", passage.headline());
                            passageForms.put(
                                    language, new Contents(analysis.forms(headline + "\n" + passage.text(), language)));
                        }
                        writer.addDocument(document);
                        passages.add(passage);
                        forms.add(passageForms);
                    }
                }
            }
            return new Snapshot(DirectoryReader.open(directory), passages, forms);
        } catch (IOException e) {
            throw new UncheckedIOException("The knowledge index could not be built in memory", e);
        }
    }

    private static void add(Document document, Fields fields, Passage passage) {
        boolean faq = passage.entry().kind() == KnowledgeKind.FAQ;
        for (String line : passage.headline()) {
            document.add(new TextField(faq ? fields.question : fields.title, line, Field.Store.NO));
            if (faq) {
                document.add(new TextField(fields.phrasing, line, Field.Store.NO));
            }
        }
        document.add(new TextField(fields.text, passage.text(), Field.Store.NO));
    }

    /**
     * The fields of one language.
     *
     * @param question an FAQ's question and phrasings, by their topic words
     * @param title an article's title and the passage's headings
     * @param text the passage's text
     * @param phrasing an FAQ's question and phrasings, by every word: how a question is put ("where is my…", "how
     *     much…") says what it asks as much as its topic does
     */
    private record Fields(String question, String title, String text, String phrasing) {

        static Fields of(Language language) {
            String tag = language.tag();
            return new Fields("question_" + tag, "title_" + tag, "text_" + tag, "phrasing_" + tag);
        }
    }

    /** One index, with what each of its passages is and contains; searched until it is retired and idle. */
    private final class Snapshot {

        private final DirectoryReader reader;
        private final IndexSearcher searcher;
        private final List<Passage> passages;
        private final List<Map<Language, Contents>> forms;
        private final Map<Language, Vocabulary> vocabularies = new EnumMap<>(Language.class);

        Snapshot(DirectoryReader reader, List<Passage> passages, List<Map<Language, Contents>> forms) {
            this.reader = reader;
            this.searcher = new IndexSearcher(reader);
            this.passages = List.copyOf(passages);
            this.forms = List.copyOf(forms);
            for (Map<Language, Contents> passageForms : forms) {
                passageForms.forEach((language, contained) -> vocabularies
                        .computeIfAbsent(language, any -> new Vocabulary())
                        .addAll(contained.all()));
            }
        }

        /** The visitor's language if the store has knowledge in it, else the first language it has knowledge in. */
        Optional<Language> searchedIn(Language visitors) {
            if (vocabularies.containsKey(visitors)) {
                return Optional.of(visitors);
            }
            return vocabularies.keySet().stream().findFirst();
        }

        List<Hit> search(String question, Language language, int limit) throws IOException {
            Vocabulary vocabulary = vocabularies.get(language);
            String asked = analysis.withCountries(question, language, vocabulary::knowsEveryForm);
            List<Word> words = analysis.words(asked, language).stream()
                    .map(vocabulary::corrected)
                    .map(word -> analysis.withSynonyms(word, language))
                    .toList();
            if (words.isEmpty()) {
                return List.of();
            }
            Fields fields = Fields.of(language);
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (Word word : words.subList(0, Math.min(words.size(), MOST_WORDS_SEARCHED))) {
                List<Query> anywhere = new ArrayList<>();
                for (String form : word.forms()) {
                    anywhere.add(new BoostQuery(new TermQuery(new Term(fields.question, form)), QUESTION_WEIGHT));
                    anywhere.add(new BoostQuery(new TermQuery(new Term(fields.title, form)), TITLE_WEIGHT));
                    anywhere.add(new TermQuery(new Term(fields.text, form)));
                }
                for (String synonym : word.synonyms()) {
                    anywhere.add(new BoostQuery(new TermQuery(new Term(fields.question, synonym)), QUESTION_WEIGHT));
                    anywhere.add(new BoostQuery(new TermQuery(new Term(fields.title, synonym)), TITLE_WEIGHT));
                    anywhere.add(new TermQuery(new Term(fields.text, synonym)));
                }
                query.add(new DisjunctionMaxQuery(anywhere, OTHER_FIELDS), BooleanClause.Occur.SHOULD);
            }
            Set<String> topical = new HashSet<>();
            words.forEach(word -> topical.addAll(word.forms()));
            analysis.everyWord(asked, language).stream()
                    .filter(word -> word.forms().stream().noneMatch(topical::contains))
                    .limit(MOST_WORDS_SEARCHED)
                    .forEach(word -> query.add(
                            new BoostQuery(new TermQuery(new Term(fields.phrasing, word.stem())), PHRASING_WEIGHT),
                            BooleanClause.Occur.SHOULD));
            Set<String> askedForms = new HashSet<>(topical);
            words.forEach(word -> askedForms.addAll(word.synonyms()));
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc found : searcher.search(query.build(), Math.max(limit, CANDIDATES)).scoreDocs) {
                int index = stored.document(found.doc)
                        .getField(PASSAGE)
                        .numericValue()
                        .intValue();
                Passage passage = passages.get(index);
                Contents contained = forms.get(index).get(language);
                int matched = (int) words.stream().filter(contained::contains).count();
                double coverage = (double) matched / words.size();
                hits.add(Hit.counted(
                        passage.entry(),
                        passage.text(),
                        found.score * Math.pow(coverage, COVERAGE_POWER),
                        matched,
                        words.size(),
                        contained.beyond(askedForms)));
            }
            hits.sort(Comparator.comparingDouble(Hit::score).reversed());
            return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
        }

        void release() {
            try {
                reader.decRef();
            } catch (IOException e) {
                throw new UncheckedIOException("A retired knowledge index could not be closed", e);
            }
        }

        /** No new search starts on this index; it closes when the ones running end. */
        void retire() {
            release();
        }
    }

    /**
     * The forms a passage contains in one language.
     *
     * @param all the forms of all of it: an FAQ's question and phrasings, or an article's title and the passage's
     *     headings, and the text
     */
    record Contents(Set<String> all) {

        Contents {
            all = Set.copyOf(all); // immutable once, so that each hit's terms share it
        }

        /** Its forms that are not among the given ones (the question's): what it says beyond what was asked. */
        Set<String> beyond(Set<String> asked) {
            return all.stream().filter(form -> !asked.contains(form)).collect(Collectors.toUnmodifiableSet());
        }

        /** Whether it contains the word: one of its forms or synonyms, anywhere. */
        boolean contains(Word word) {
            return word.forms().stream().anyMatch(all::contains)
                    || word.synonyms().stream().anyMatch(all::contains);
        }
    }
}
