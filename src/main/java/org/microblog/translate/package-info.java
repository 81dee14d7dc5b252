/**
 * Translating posts on demand: the page's "Translate" link posts the original's JSON to
 * {@code /translate}, and the answer replaces the link. A {@link org.microblog.translate.Translator}
 * speaks one service's protocol (LibreTranslate, DeepL or Microsoft Translator v3, chosen by
 * {@link org.microblog.config.TranslationSettings}); {@link org.microblog.translate.TranslationService}
 * keeps a bounded cache of translations and calls the service on a small bounded pool with a
 * 5-second limit, so a slow service costs the member who asked a short message and nobody else
 * anything. Without a configured service the link is never shown.
 */
@NullMarked
package org.microblog.translate;

import org.jspecify.annotations.NullMarked;
