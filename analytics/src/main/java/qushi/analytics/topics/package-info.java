/**
 * Topic models of the passages: a SparseLDA collapsed Gibbs sampler on primitive arrays ({@link
 * qushi.analytics.topics.LdaTrainer}), and around it the corpus side ({@link
 * qushi.analytics.topics.TopicModeler}): labels and relevance, stability across runs, coherence,
 * prevalence by year with intervals, the K sweep and inference for new text.
 */
package qushi.analytics.topics;
