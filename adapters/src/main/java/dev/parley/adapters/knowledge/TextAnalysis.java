package dev.parley.adapters.knowledge;

import dev.parley.domain.shared.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How text in each language becomes search terms: words, lower-cased, without the words that carry no topic (the
 * analyzers' stop words plus the question words, pronouns and courtesies visitors type), each replaced by its {@link
 * WordForms} (the Snowball English stemmer; Stempel and a light stemmer for Polish). The same analysis serves the index
 * and the question, so that a question's words are matched by exactly the forms a passage can contain.
 */
final class TextAnalysis {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** Beyond Lucene's English stop words: what a visitor's question is made of besides its topic. */
    private static final List<String> ENGLISH_QUESTION_WORDS = words("""
            i i'm i've i'd i'll me my mine myself we us our ours you you're your yours he him his she her it's
            its them what what's which who whom whose when where where's why how how's do does did doing done
            don't doesn't didn't can can't cannot could would should shall may might must am been being have has
            had having haven't hasn't isn't aren't wasn't won't get got from about up so than too very just also
            any some all here please hi hello hey thanks thank want wanted need know tell like yes ok okay one
            anything something take make
            """);

    /** Beyond Stempel's Polish stop words: what a visitor's question is made of besides its topic. */
    private static final List<String> POLISH_QUESTION_WORDS = words("""
            chcę chciałbym chciałabym chciałem chciałam mogę możecie można proszę dzień dobry witam cześć hej
            dziękuję dzięki mój moja moje mojego mojej moim moją moich twój twoja twoje wasz wasza wasze waszego
            waszej wam wami wy ty ciebie jaki jaka jakiego jakiej jakim ile długo dlaczego czego czym mam masz macie
            jestem są będę się sie czy jak albo oraz lub też pani panie państwo hm ok okej tak coś zrobić robić
            """);

    private static final NormalizeCharMap APOSTROPHES;

    static {
        NormalizeCharMap.Builder apostrophes = new NormalizeCharMap.Builder();
        apostrophes.add("\u2019", "'");
        apostrophes.add("\u02BC", "'");
        APOSTROPHES = apostrophes.build();
    }

    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
    private final Map<Language, Analyzer> everyWord = new EnumMap<>(Language.class);

    private final Map<Language, Map<String, Set<String>>> synonyms = new EnumMap<>(Language.class);

    private final Map<Language, Set<String>> countries = new EnumMap<>(Language.class);
    private final Map<Language, String> country = new EnumMap<>(Language.class);

    TextAnalysis() {
        analyzers.put(Language.ENGLISH, new English(STOP_ENGLISH));
        analyzers.put(Language.POLISH, new Polish(STOP_POLISH));
        everyWord.put(Language.ENGLISH, new English(CharArraySet.EMPTY_SET));
        everyWord.put(Language.POLISH, new Polish(CharArraySet.EMPTY_SET));
        for (Language language : Language.values()) {
            Map<String, Set<String>> byForm = new HashMap<>();
            for (List<String> group : ShopVocabulary.groups(language)) {
                List<Word> words = words(everyWord(language), String.join(" ", group));
                Set<String> all = new LinkedHashSet<>();
                words.forEach(word -> all.addAll(word.forms()));
                for (Word word : words) {
                    word.forms().stream()
                            .limit(2)
                            .forEach(form -> byForm.computeIfAbsent(form, any -> new LinkedHashSet<>())
                                    .addAll(all));
                }
            }
            synonyms.put(language, byForm);
            countries.put(language, ShopVocabulary.countryNames(language));
            country.put(language, ShopVocabulary.countryWord(language));
        }
    }

    /**
     * The question with each word that names a country the knowledge does not (in one word, as written: "Germany", "do
     * Niemiec", "USA") written as the language's word for a country: a store's knowledge says "the countries we ship
     * to" far more often than it names each of them. Words are compared whole, in lower case without diacritics, so that
     * no other word with the same stem is taken for a country.
     *
     * @param known whether the knowledge contains a word
     */
    String withCountries(String question, Language language, Predicate<Word> known) {
        Set<String> names = countries.get(language);
        Matcher letters = LETTERS.matcher(question);
        StringBuilder written = new StringBuilder();
        while (letters.find()) {
            String word = letters.group();
            boolean country = names.contains(WordForms.folded(word))
                    && words(word, language).stream().noneMatch(known);
            letters.appendReplacement(written, Matcher.quoteReplacement(country ? this.country.get(language) : word));
        }
        letters.appendTail(written);
        return written.toString();
    }

    /** The word, standing also for the words shoppers use for the same thing ({@link ShopVocabulary}). */
    Word withSynonyms(Word word, Language language) {
        Map<String, Set<String>> byForm = synonyms.get(language);
        Set<String> others = new LinkedHashSet<>();
        word.forms().forEach(form -> others.addAll(byForm.getOrDefault(form, Set.of())));
        word.forms().forEach(others::remove);
        return new Word(word.forms(), List.copyOf(others));
    }

    /** The analysis of the words that carry a topic. */
    Analyzer analyzer(Language language) {
        return analyzers.get(language);
    }

    /** The analysis of every word, the ones without a topic too ("where", "when", "how much"). */
    Analyzer everyWord(Language language) {
        return everyWord.get(language);
    }

    /**
     * A word of a question: the forms it is searched by, its stem first.
     *
     * @param forms the word's forms, at least one
     * @param synonyms the forms of the words shoppers use for the same thing, none of its own forms
     */
    record Word(List<String> forms, List<String> synonyms) {

        Word {
            forms = List.copyOf(forms);
            synonyms = List.copyOf(synonyms);
        }

        Word(List<String> forms) {
            this(forms, List.of());
        }

        String stem() {
            return forms.get(0);
        }
    }

    /**
     * The text's content words, in order, each once: its words with at least one letter, beyond the stop words.
     * Numbers are not content words: they match incidental figures (a question's "2+2" and an answer's "2 p.m.").
     */
    List<Word> words(String text, Language language) {
        return words(analyzer(language), text);
    }

    /** The text's words with at least one letter, in order, each once, stop words included. */
    List<Word> everyWord(String text, Language language) {
        return words(everyWord(language), text);
    }

    private static List<Word> words(Analyzer analyzer, String text) {
        Map<String, Word> words = new LinkedHashMap<>();
        List<String> forms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() > 0) {
                    add(words, forms);
                    forms = new ArrayList<>();
                }
                forms.add(term.toString());
            }
            stream.end();
            add(words, forms);
        } catch (IOException e) {
            throw new UncheckedIOException("Text in memory could not be read", e);
        }
        return List.copyOf(words.values());
    }

    private static void add(Map<String, Word> words, List<String> forms) {
        if (!forms.isEmpty() && forms.get(0).codePoints().anyMatch(Character::isLetter)) {
            words.putIfAbsent(forms.get(0), new Word(forms));
        }
    }

    /** Every form of every word of the text. */
    Set<String> forms(String text, Language language) {
        Set<String> forms = new HashSet<>();
        try (TokenStream stream = analyzer(language).tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                forms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Text in memory could not be read", e);
        }
        return forms;
    }

    private static List<String> words(String text) {
        return List.of(SPACES.split(text.strip(), -1));
    }

    /** The stop words, also as typed without diacritics ({@code można}, {@code mozna}). */
    private static CharArraySet stopWords(CharArraySet base, List<String> more) {
        List<String> words = new ArrayList<>();
        base.forEach(word -> words.add(word instanceof char[] chars ? new String(chars) : String.valueOf(word)));
        words.addAll(more);
        List<Object> all = new ArrayList<>(words);
        words.forEach(word -> all.add(WordForms.folded(word)));
        return CharArraySet.unmodifiableSet(new CharArraySet(all, true));
    }

    private static final CharArraySet STOP_ENGLISH =
            stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, ENGLISH_QUESTION_WORDS);
    private static final CharArraySet STOP_POLISH =
            stopWords(PolishAnalyzer.getDefaultStopSet(), POLISH_QUESTION_WORDS);

    private static final class English extends Analyzer {

        private final CharArraySet stopWords;

        English(CharArraySet stopWords) {
            this.stopWords = stopWords;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, stopWords);
            result = new FormsFilter(result, WordForms.english());
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(APOSTROPHES, reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    private static final class Polish extends Analyzer {

        private final CharArraySet stopWords;

        Polish(CharArraySet stopWords) {
            this.stopWords = stopWords;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, stopWords);
            result = new FormsFilter(result, WordForms.polish());
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
