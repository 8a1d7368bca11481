package dev.parley.adapters.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The forms a word is searched by: its stem, and for Polish a second, lighter one. Stempel, Lucene's Polish stemmer, is
 * statistical and stems inflections of one word apart ({@code zwrot} → {@code zwrot}, but {@code zwroty} and {@code
 * zwrotu} → {@code zwrót}) and knows nothing of words typed without Polish letters ({@code wysylka}); so a Polish word
 * is also stemmed by stripping one common inflectional ending from it written without diacritics ({@code zwrot},
 * {@code zwrotu}, {@code zwroty}, {@code zwrotów} → {@code zwrot}; {@code wysyłka}, {@code wysylki} → {@code wysylk}).
 * Two words match when they share a form. One instance per thread: the stemmers keep state.
 */
abstract sealed class WordForms {

    /** The word's forms, the first being its stem; each form once. */
    abstract List<String> of(String word);

    static WordForms english() {
        return new English();
    }

    static WordForms polish() {
        return new Polish();
    }

    /** The word in lower case without diacritics: {@code źdźbło} → {@code zdzblo}. */
    static String folded(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ł', 'l');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    private static final class English extends WordForms {

        private final EnglishStemmer stemmer = new EnglishStemmer();

        @Override
        List<String> of(String word) {
            stemmer.setCurrent(folded(word));
            stemmer.stem();
            return List.of(stemmer.getCurrent());
        }
    }

    private static final class Polish extends WordForms {

        /** Inflectional endings of Polish nouns, adjectives and verbs, without diacritics, longest first. */
        private static final List<String> ENDINGS = List.of(
                        "owego", "owemu", "owymi", "owych", "ujecie", "ujemy", "ujesz", "owie", "owej", "owym", "ecie",
                        "acie", "icie", "alem", "alam", "ilem", "ilam", "elem", "elam", "ach", "ami", "ego", "emu",
                        "ymi", "imi", "ych", "ich", "owy", "owa", "owe", "iem", "uje", "uja", "esz", "emy", "asz",
                        "amy", "isz", "imy", "aja", "ow", "om", "ej", "ym", "im", "em", "ie", "ia", "iu", "io", "ac",
                        "ic", "yc", "ec", "al", "il", "a", "e", "i", "o", "u", "y")
                .stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();

        /** The shortest stem an ending is stripped to. */
        private static final int SHORTEST_STEM = 3;

        private final StempelStemmer stemmer = new StempelStemmer(PolishAnalyzer.getDefaultTable());

        @Override
        List<String> of(String word) {
            List<String> forms = new ArrayList<>(2);
            StringBuilder stem = stemmer.stem(word);
            forms.add(stem == null || stem.length() == 0 ? word : stem.toString());
            String folded = folded(word);
            String light = light(folded);
            if (!forms.contains(light)) {
                forms.add(light);
            }
            int prefix = Integer.getInteger("prefix", 0);
            if (prefix > 0 && folded.length() > prefix && !forms.contains(folded.substring(0, prefix))) {
                forms.add(folded.substring(0, prefix));
            }
            return forms;
        }

        static String light(String folded) {
            for (String ending : ENDINGS) {
                if (folded.endsWith(ending) && folded.length() - ending.length() >= SHORTEST_STEM) {
                    return folded.substring(0, folded.length() - ending.length());
                }
            }
            return folded;
        }
    }
}
