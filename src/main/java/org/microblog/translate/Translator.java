package org.microblog.translate;

/** One translation service's protocol: a text from one language into another. */
interface Translator {

    /** The service's name, for log lines. */
    String name();

    /**
     * The text in {@code to}, asked of the service now (blocking, at most the client's timeout).
     *
     * @param from the text's language, an ISO 639-1 code ({@code es})
     * @param to the language wanted, an ISO 639-1 code ({@code en})
     * @throws TranslationFailed when the service refuses, fails, is busy or does not answer in time
     */
    String translate(String text, String from, String to);
}
