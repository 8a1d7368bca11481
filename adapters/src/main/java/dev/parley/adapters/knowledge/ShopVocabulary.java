package dev.parley.adapters.knowledge;

import dev.parley.domain.shared.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that shoppers and shops use for the same thing, by language: a question that says "package" is about what the
 * store's answers call a "parcel". Each group is a set of words that may stand for each other in a question; they are
 * analyzed like any other text, so each word also stands for its inflections. Only words of online shopping, which
 * every store's knowledge is about, are listed: a store's own words are its FAQs' phrasings.
 */
final class ShopVocabulary {

    private static final List<List<String>> ENGLISH = List.of(
            List.of("parcel", "package", "packet", "shipment"),
            List.of("ship", "shipping", "deliver", "delivery", "dispatch", "post", "postage"),
            List.of("cost", "costs", "price", "fee", "charge", "charges"),
            List.of("free", "gratis", "complimentary"),
            List.of("refund", "refunds", "reimburse", "reimbursement", "repay"),
            List.of("exchange", "swap", "switch"),
            List.of("big", "bigger", "large", "larger"),
            List.of("small", "smaller", "little", "tight"),
            List.of("sneaker", "sneakers", "trainer", "trainers"),
            List.of("jumper", "sweater", "pullover"),
            List.of("trousers", "pants"),
            List.of("voucher", "coupon"),
            List.of("discount", "promo", "promotion", "rebate", "reduction"),
            List.of("track", "tracking", "trace"),
            List.of("order", "purchase"),
            List.of("cancel", "cancellation", "withdraw"),
            List.of("account", "register", "registration", "signup"),
            List.of("login", "logon", "signin"),
            List.of("faulty", "defective", "broken", "damaged", "defect", "fault", "flaw"),
            List.of("complaint", "complain", "claim"),
            List.of("warranty", "guarantee"),
            List.of("phone", "telephone", "call", "hotline"),
            List.of("email", "mail"),
            List.of("shop", "store", "showroom", "boutique"),
            List.of("invoice", "bill"),
            List.of("pay", "paying", "payment", "payments"),
            List.of("expire", "expiry", "expiration", "valid", "validity"),
            List.of("arrive", "come", "reach"),
            List.of("abroad", "international", "internationally", "overseas", "foreign"),
            List.of("wash", "washing", "clean", "cleaning", "launder"),
            List.of("colour", "color"),
            List.of("swimsuit", "swimwear", "bikini", "swimming"));

    private static final List<List<String>> POLISH = List.of(
            List.of("paczka", "przesyłka", "pakunek"),
            List.of("dostawa", "wysyłka", "dostarczenie", "wysłanie"),
            List.of("wysłać", "wysyłać", "dostarczyć", "dostarczać"),
            List.of("koszt", "cena", "opłata", "kosztować"),
            List.of("darmowy", "darmowa", "bezpłatny", "bezpłatna", "darmo", "gratis"),
            List.of("zwrot", "zwrócić", "zwracać", "oddać", "oddawać", "odesłać", "odsyłać"),
            List.of("wymiana", "wymienić", "wymieniać", "zamiana", "zamienić"),
            List.of("większy", "duży"),
            List.of("mniejszy", "mały", "ciasny"),
            List.of("sneakersy", "trampki", "adidasy"),
            List.of("sweter", "pulower"),
            List.of("spodnie", "jeansy", "dżinsy"),
            List.of("bon", "voucher", "kupon"),
            List.of("rabat", "zniżka", "promocja", "obniżka", "rabatowy", "promocyjny"),
            List.of("śledzić", "śledzenie", "namierzyć"),
            List.of("zamówienie", "zakup", "zamawiać", "zamówić"),
            List.of("anulować", "anulowanie", "odwołać", "zrezygnować", "rezygnacja"),
            List.of("konto", "rejestracja", "zarejestrować", "rejestrować"),
            List.of("wadliwy", "uszkodzony", "zepsuty", "zepsuć", "wada", "usterka", "popsuty"),
            List.of("reklamacja", "reklamować", "zażalenie"),
            List.of("gwarancja", "rękojmia"),
            List.of("telefon", "zadzwonić", "infolinia"),
            List.of("sklep", "salon", "butik"),
            List.of("faktura", "rachunek"),
            List.of("płatność", "płacić", "zapłacić", "zapłata", "opłacić"),
            List.of("ważny", "ważność", "wygasać", "wygasnąć"),
            List.of("dotrzeć", "przyjść", "dojść", "przyjechać"),
            List.of("zagranica", "granica", "zagraniczny", "międzynarodowy"),
            List.of("prać", "pranie", "wyprać", "czyścić", "wyczyścić", "myć"),
            List.of("kolor", "barwa"),
            List.of("zamek", "suwak"),
            List.of("strój", "kostium", "bikini", "kąpielowy"));

    private ShopVocabulary() {}

    /**
     * What shoppers call a country in one word beyond its name in the JDK's locale data: short names, and in Polish the
     * forms after "do", "z" and "w" ({@code Niemcy}: {@code do Niemiec}, {@code w Niemczech}).
     */
    private static final List<String> ENGLISH_COUNTRIES = List.of("usa", "uk", "america", "britain", "england");

    private static final List<String> POLISH_COUNTRIES = List.of(
            "usa",
            "ameryka",
            "ameryki",
            "anglia",
            "anglii",
            "brytania",
            "brytanii",
            "niemiec",
            "niemczech",
            "czech",
            "czechach",
            "włoch",
            "włoszech",
            "węgier",
            "węgrzech",
            "francji",
            "hiszpanii",
            "austrii",
            "holandii",
            "belgii",
            "szwecji",
            "norwegii",
            "szwajcarii",
            "słowacji",
            "słowenii",
            "chorwacji",
            "irlandii",
            "litwy",
            "łotwy",
            "estonii",
            "finlandii",
            "portugalii",
            "grecji",
            "rumunii",
            "bułgarii",
            "ukrainy",
            "kanady",
            "australii",
            "japonii");

    /**
     * Country names that are also everyday words of the language ("jersey", "turkey", Polish "dania", dishes): a
     * question that says them is not taken to name a country.
     */
    private static final List<String> ENGLISH_AMBIGUOUS = List.of(
            "jersey", "turkey", "china", "guinea", "jordan", "chad", "georgia", "panama", "chile", "niger", "togo");

    private static final List<String> POLISH_AMBIGUOUS = List.of("dania", "malta", "czad", "togo");

    /**
     * The one-word names of the world's countries in the language (the JDK's locale data) with their common short names
     * and forms, written in lower case without diacritics, less the ones that are everyday words too.
     */
    static Set<String> countryNames(Language language) {
        Locale locale = Locale.forLanguageTag(language.tag());
        Set<String> names = new HashSet<>(
                switch (language) {
                    case ENGLISH -> ENGLISH_COUNTRIES;
                    case POLISH -> POLISH_COUNTRIES;
                });
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(locale);
            if (!name.contains(" ") && !name.contains("-")) {
                names.add(name);
            }
        }
        Set<String> folded = new HashSet<>();
        names.forEach(name -> folded.add(WordForms.folded(name)));
        (language == Language.ENGLISH ? ENGLISH_AMBIGUOUS : POLISH_AMBIGUOUS).forEach(folded::remove);
        return Set.copyOf(folded);
    }

    /** The language's word for a country. */
    static String countryWord(Language language) {
        return switch (language) {
            case ENGLISH -> "country";
            case POLISH -> "kraj";
        };
    }

    static List<List<String>> groups(Language language) {
        return switch (language) {
            case ENGLISH -> ENGLISH;
            case POLISH -> POLISH;
        };
    }
}
