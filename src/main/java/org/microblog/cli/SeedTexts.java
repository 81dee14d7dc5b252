package org.microblog.cli;

import java.util.SplittableRandom;

/**
 * Post, message and profile texts for seeded data: short sentences in English or Spanish
 * assembled from word lists, always within the 140 characters a post or message may have.
 */
final class SeedTexts {

    /** The posts' and messages' limit; the seed writes straight into the tables, so it keeps to it here. */
    static final int MAX_LENGTH = 140;

    private static final String[][] ENGLISH = {
            {"Today", "This morning", "Finally", "Honestly,", "Just now", "Last night", "Again", "Guess what:"},
            {"I", "we", "my team", "the whole club", "my neighbour", "our class", "a friend of mine"},
            {"tried", "finished", "read about", "talked about", "cooked", "found", "fixed", "loved", "skipped"},
            {"a new recipe", "the long report", "an old book", "the garden", "a tiny bug", "the big game",
                    "a quiet walk", "the trip plans", "a rainy concert", "the morning train"},
            {"and it was great.", "and it took ages.", "before lunch.", "with coffee.", "for the first time.",
                    "and nobody noticed.", "again, sadly.", "- recommended!", "at last.", "while it snowed."}};

    private static final String[][] SPANISH = {
            {"Hoy", "Esta mañana", "Por fin", "Sinceramente,", "Ahora mismo", "Anoche", "Otra vez", "Adivinad:"},
            {"yo", "mi equipo", "todo el club", "mi vecina", "nuestra clase", "una amiga"},
            {"probé", "terminé", "leí sobre", "hablé de", "cociné", "encontré", "arreglé", "disfruté"},
            {"una receta nueva", "el informe largo", "un libro viejo", "el jardín", "un error pequeño",
                    "el gran partido", "un paseo tranquilo", "los planes del viaje", "el tren de la mañana"},
            {"y fue genial.", "y tardó siglos.", "antes de comer.", "con café.", "por primera vez.",
                    "y nadie se dio cuenta.", "otra vez, por desgracia.", "¡recomendado!", "al fin."}};

    private static final String[] ABOUT = {"Reader, walker, occasional cook.", "Here for the club news.",
            "Coffee first.", "Learning something every day.", "Mostly photos of trains.", "Hola, escribo en español.",
            "Amante de los libros y del café."};

    private SeedTexts() {
    }

    /** A post or message body and its language ({@code en} or {@code es}). */
    record Text(String body, String language) {
    }

    static Text sentence(SplittableRandom random) {
        boolean spanish = random.nextInt(4) == 0;
        String[][] words = spanish ? SPANISH : ENGLISH;
        StringBuilder body = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            StringBuilder sentence = new StringBuilder();
            for (String[] choices : words) {
                sentence.append(sentence.length() == 0 ? "" : " ").append(choices[random.nextInt(choices.length)]);
            }
            if (body.length() + 1 + sentence.length() > MAX_LENGTH) {
                break;
            }
            body.append(body.length() == 0 ? "" : " ").append(sentence);
        }
        return new Text(body.toString(), spanish ? "es" : "en");
    }

    static String aboutMe(SplittableRandom random) {
        return ABOUT[random.nextInt(ABOUT.length)];
    }
}
