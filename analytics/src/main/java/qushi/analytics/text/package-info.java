/**
 * Text steps, from a raw extraction to tokens: cleanup of PDF damage ({@link
 * qushi.analytics.text.Normalizer}), sections and passages ({@link qushi.analytics.text.Splitter}),
 * segmentation with HanLP and the lexicon ({@link qushi.analytics.text.Segmenter}), the term
 * filter, term discovery, and {@link qushi.analytics.text.TextPipeline}, which holds them under one
 * set of options.
 */
package qushi.analytics.text;
