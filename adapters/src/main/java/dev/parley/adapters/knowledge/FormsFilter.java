package dev.parley.adapters.knowledge;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Replaces each word by its {@link WordForms}, all at the word's position, its stem first. */
final class FormsFilter extends TokenFilter {

    private final WordForms forms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> others = new ArrayDeque<>();
    private State word;

    FormsFilter(TokenStream input, WordForms forms) {
        super(input);
        this.forms = forms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!others.isEmpty()) {
            restoreState(word);
            term.setEmpty().append(others.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<String> all = forms.of(term.toString());
        term.setEmpty().append(all.get(0));
        if (all.size() > 1) {
            word = captureState();
            others.addAll(all.subList(1, all.size()));
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        others.clear();
        word = null;
    }
}
